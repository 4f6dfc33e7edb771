<?xml version="1.0" encoding="UTF-8"?>
<!-- One theme in a territory: <page type="theme"> with <theme> and
     list/item, list/next of every kind (cgi-bin/page-list.c). -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:ui="tag:echosciences.fr,2026:ui"
    exclude-result-prefixes="ui">

<xsl:include href="layout.xsl"/>

<xsl:template match="page" mode="title">
  <xsl:call-template name="theme-name">
    <xsl:with-param name="th" select="theme"/>
  </xsl:call-template>
</xsl:template>

<xsl:template match="page" mode="main">
  <div class="wrap">
    <div class="page-head">
      <p class="card-kind">
        <a href="{$thome}themes/">
          <xsl:value-of select="ui:t('theme')"/>
        </a>
      </p>
      <h1>
        <xsl:call-template name="theme-name">
          <xsl:with-param name="th" select="theme"/>
        </xsl:call-template>
      </h1>
    </div>
    <xsl:call-template name="cards">
      <xsl:with-param name="items" select="list/item"/>
      <xsl:with-param name="level" select="2"/>
    </xsl:call-template>
    <xsl:call-template name="next-link"/>
  </div>
</xsl:template>

</xsl:stylesheet>
