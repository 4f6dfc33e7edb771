<?xml version="1.0" encoding="UTF-8"?>
<!-- The themes of a territory: <page type="themes"> with themes/theme
     (cgi-bin/page-list.c, page_themes). -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:ui="tag:echosciences.fr,2026:ui"
    exclude-result-prefixes="ui">

<xsl:include href="layout.xsl"/>

<xsl:template match="page" mode="title">
  <xsl:value-of select="ui:t('sec-themes')"/>
</xsl:template>

<xsl:template match="page" mode="main">
  <div class="wrap">
    <div class="page-head">
      <h1>
        <xsl:value-of select="ui:t('sec-themes')"/>
      </h1>
      <p class="intro">
        <xsl:value-of select="ui:t('themes-intro')"/>
      </p>
    </div>
    <ul class="theme-grid">
      <xsl:for-each select="themes/theme">
        <li>
          <a class="theme-tile theme-{@slug}" href="{$thome}themes/{@slug}">
            <xsl:call-template name="theme-name">
              <xsl:with-param name="th" select="."/>
            </xsl:call-template>
          </a>
        </li>
      </xsl:for-each>
    </ul>
  </div>
</xsl:template>

</xsl:stylesheet>
