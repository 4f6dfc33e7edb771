<?xml version="1.0" encoding="UTF-8"?>
<!-- The themes of a territory: <page type="themes"> with themes/theme
     (cgi-bin/page-list.c, page_themes). -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

<xsl:include href="layout.xsl"/>

<xsl:template match="page" mode="title">
  <xsl:call-template name="t">
    <xsl:with-param name="k" select="'sec-themes'"/>
  </xsl:call-template>
</xsl:template>

<xsl:template match="page" mode="main">
  <div class="wrap">
    <div class="page-head">
      <h1>
        <xsl:call-template name="t">
          <xsl:with-param name="k" select="'sec-themes'"/>
        </xsl:call-template>
      </h1>
      <p class="intro">
        <xsl:call-template name="t">
          <xsl:with-param name="k" select="'themes-intro'"/>
        </xsl:call-template>
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
