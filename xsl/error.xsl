<?xml version="1.0" encoding="UTF-8"?>
<!-- Error pages: <page type="error" status="…" [bad-key="…"]>
     (cgi-bin/page.c page_error_doc, echosciences.c render_error).
     403: a form whose csrf token is missing or wrong (expired session,
     another site); 429: too many login, sign-up or reset attempts.
     @reason: a form's body that could not be read (echosciences.c
     read_body): 400 form-incomplete, 413 form-too-large. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:ui="tag:echosciences.fr,2026:ui"
    exclude-result-prefixes="ui">

<xsl:include href="layout.xsl"/>

<xsl:variable name="status">
  <xsl:choose>
    <xsl:when test="/page/@status = '400' or /page/@status = '403'
        or /page/@status = '404' or /page/@status = '405'
        or /page/@status = '413' or /page/@status = '414'
        or /page/@status = '429' or /page/@status = '500'
        or /page/@status = '503'">
      <xsl:value-of select="/page/@status"/>
    </xsl:when>
    <xsl:when test="starts-with(/page/@status, '5')">500</xsl:when>
    <xsl:otherwise>other</xsl:otherwise>
  </xsl:choose>
</xsl:variable>

<!-- "-form-incomplete": the suffix of the title's and message's keys. -->
<xsl:variable name="reason">
  <xsl:if test="(/page/@status = '400' and /page/@reason = 'form-incomplete')
      or (/page/@status = '413' and /page/@reason = 'form-too-large')">
    <xsl:value-of select="concat('-', /page/@reason)"/>
  </xsl:if>
</xsl:variable>

<xsl:template match="page" mode="title">
  <xsl:value-of select="ui:t(concat('err-', $status, $reason))"/>
</xsl:template>

<xsl:template match="page" mode="head">
  <meta name="robots" content="noindex"/>
</xsl:template>

<xsl:template match="page" mode="main">
  <div class="wrap wrap-narrow error-page">
    <p class="error-code">
      <xsl:value-of select="ui:t('error-code')"/>
      <xsl:text> </xsl:text>
      <xsl:value-of select="@status"/>
    </p>
    <h1>
      <xsl:value-of select="ui:t(concat('err-', $status, $reason))"/>
    </h1>
    <xsl:choose>
      <xsl:when test="$status = '400' and normalize-space(@bad-key) != ''">
        <p>
          <xsl:value-of select="ui:t('msg-400-key-a')"/>
          <xsl:choose>
            <xsl:when test="$lang = 'en'"> “<code><xsl:value-of select="@bad-key"/></code>” </xsl:when>
            <xsl:otherwise> «&#160;<code><xsl:value-of select="@bad-key"/></code>&#160;» </xsl:otherwise>
          </xsl:choose>
          <xsl:value-of select="ui:t('msg-400-key-b')"/>
        </p>
      </xsl:when>
      <xsl:when test="$status != 'other'">
        <p>
          <xsl:value-of select="ui:t(concat('msg-', $status, $reason))"/>
        </p>
      </xsl:when>
    </xsl:choose>
    <p class="back">
      <a class="button" href="{$thome}">
        <xsl:call-template name="t">
          <xsl:with-param name="k">
            <xsl:choose>
              <xsl:when test="$tslug != ''">back-territory</xsl:when>
              <xsl:otherwise>back-home</xsl:otherwise>
            </xsl:choose>
          </xsl:with-param>
        </xsl:call-template>
      </a>
    </p>
  </div>
</xsl:template>

</xsl:stylesheet>
