<?xml version="1.0" encoding="UTF-8"?>
<!-- A structure's profile: <page type="structure"> with <structure>
     (description as XHTML, place), editors/editor, list/item, list/next;
     for whoever may edit it <viewer-actions edit>; <message code> after
     a change (cgi-bin/page-profile.c). -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:ui="tag:echosciences.fr,2026:ui"
    exclude-result-prefixes="ui">

<xsl:include href="layout.xsl"/>

<xsl:template match="page" mode="title">
  <xsl:value-of select="structure/name"/>
</xsl:template>

<xsl:template match="page" mode="main">
  <xsl:apply-templates select="structure"/>
</xsl:template>

<xsl:template match="structure">
  <div class="wrap">
    <header class="profile-head">
      <xsl:if test="logo/@src">
        <xsl:call-template name="img">
          <xsl:with-param name="src" select="logo/@src"/>
          <xsl:with-param name="class" select="'avatar'"/>
          <xsl:with-param name="lazy" select="false()"/>
        </xsl:call-template>
      </xsl:if>
      <div>
        <p class="card-kind">
          <xsl:value-of select="ui:t(concat('sk-', @kind))"/>
        </p>
        <h1><xsl:value-of select="name"/></h1>
        <xsl:call-template name="sp-message"/>
        <!-- The link to the form, for who may edit: in a page built for
             anyone, a mark that cgi-bin/personal.c fills per viewer. -->
        <xsl:choose>
          <xsl:when test="/page/viewer-actions">
            <xsl:call-template name="viewer-actions"/>
          </xsl:when>
          <xsl:otherwise>
            <xsl:comment>
              <xsl:value-of select="concat('actions s=', @id, ' t=', territory/@slug)"/>
            </xsl:comment>
          </xsl:otherwise>
        </xsl:choose>
        <dl class="facts facts-inline">
          <xsl:if test="place/name or normalize-space(place/address) != '' or normalize-space(place/city) != ''">
            <div>
              <dt>
                <xsl:value-of select="ui:t('address')"/>
              </dt>
              <dd>
                <xsl:for-each select="place">
                  <xsl:value-of select="name"/>
                  <xsl:if test="normalize-space(address) != ''">
                    <xsl:value-of select="concat(', ', address)"/>
                  </xsl:if>
                  <xsl:if test="normalize-space(concat(postcode, city)) != ''">
                    <xsl:value-of select="concat(', ', normalize-space(concat(postcode, ' ', city)))"/>
                  </xsl:if>
                  <xsl:if test="string(number(@latitude)) != 'NaN' and string(number(@longitude)) != 'NaN'">
                    <xsl:text> · </xsl:text>
                    <a href="https://www.openstreetmap.org/?mlat={@latitude}&amp;mlon={@longitude}#map=16/{@latitude}/{@longitude}">
                      <xsl:value-of select="ui:t('map')"/>
                    </a>
                  </xsl:if>
                </xsl:for-each>
              </dd>
            </div>
          </xsl:if>
          <xsl:if test="normalize-space(website) != ''">
            <div>
              <dt>
                <xsl:value-of select="ui:t('website')"/>
              </dt>
              <dd>
                <xsl:call-template name="ext-link">
                  <xsl:with-param name="href" select="website"/>
                </xsl:call-template>
              </dd>
            </div>
          </xsl:if>
          <xsl:if test="/page/editors/editor">
            <div>
              <dt>
                <xsl:value-of select="ui:t('se-editors')"/>
              </dt>
              <dd>
                <ul class="inline-list">
                  <xsl:for-each select="/page/editors/editor">
                    <li><a href="{@url}"><xsl:value-of select="name"/></a></li>
                  </xsl:for-each>
                </ul>
              </dd>
            </div>
          </xsl:if>
        </dl>
      </div>
    </header>
    <xsl:if test="description/node()">
      <section class="block" aria-labelledby="s-about">
        <h2 id="s-about">
          <xsl:value-of select="ui:t('about')"/>
        </h2>
        <div class="prose">
          <xsl:call-template name="content-lang"/>
          <xsl:apply-templates select="description/node()" mode="prose">
            <xsl:with-param name="top" select="3"/>
          </xsl:apply-templates>
        </div>
      </section>
    </xsl:if>
    <section class="block" aria-labelledby="s-contributions">
      <h2 id="s-contributions">
        <xsl:value-of select="ui:t('contributions')"/>
      </h2>
      <xsl:call-template name="cards">
        <xsl:with-param name="items" select="/page/list/item"/>
      </xsl:call-template>
      <xsl:call-template name="next-link"/>
    </section>
  </div>
</xsl:template>

<!-- What a change of the structure did (a status for the one who made it). -->
<xsl:template name="sp-message">
  <xsl:variable name="code" select="string(/page/message/@code)"/>
  <xsl:if test="$code = 'structure-created' or $code = 'structure-saved'
      or $code = 'editor-left'">
    <p class="message message-ok" role="status">
      <xsl:value-of select="ui:t(concat('m-se-', $code))"/>
    </p>
  </xsl:if>
</xsl:template>

</xsl:stylesheet>
