<?xml version="1.0" encoding="UTF-8"?>
<!-- The national portal: <page type="portal"> with stats, network,
     latest, upcoming and themes (cgi-bin/page-home.c, page_portal). -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:ui="tag:echosciences.fr,2026:ui"
    exclude-result-prefixes="ui">

<xsl:include href="layout.xsl"/>

<xsl:template match="page" mode="title">
  <xsl:value-of select="ui:t('tagline')"/>
</xsl:template>

<xsl:template match="page" mode="main">
  <div class="hero">
    <div class="wrap">
      <h1>
        <span class="hero-site"><xsl:value-of select="$site"/></span>
        <xsl:text> </xsl:text>
        <span class="hero-tagline">
          <xsl:value-of select="ui:t('tagline')"/>
        </span>
      </h1>
      <xsl:apply-templates select="stats"/>
    </div>
  </div>
  <div class="wrap">
    <section class="block" aria-labelledby="s-territoires">
      <h2 id="s-territoires">
        <xsl:value-of select="ui:t('territories-title')"/>
      </h2>
      <ul class="territories">
        <xsl:for-each select="network/territory[not(@network = '1')]">
          <li class="territory-card t-{@slug}">
            <h3><a href="{@url}"><xsl:value-of select="name"/></a></h3>
            <xsl:if test="normalize-space(tagline) != ''">
              <p><xsl:value-of select="tagline"/></p>
            </xsl:if>
            <p class="territory-counts">
              <xsl:call-template name="number">
                <xsl:with-param name="n" select="@members"/>
              </xsl:call-template>
              <xsl:text> </xsl:text>
              <xsl:value-of select="ui:t('st-members')"/>
              <xsl:text> · </xsl:text>
              <xsl:call-template name="number">
                <xsl:with-param name="n" select="@contributions"/>
              </xsl:call-template>
              <xsl:text> </xsl:text>
              <xsl:value-of select="ui:t('st-contributions')"/>
            </p>
          </li>
        </xsl:for-each>
      </ul>
    </section>
    <section class="block" aria-labelledby="s-latest">
      <h2 id="s-latest">
        <xsl:value-of select="ui:t('latest')"/>
      </h2>
      <xsl:call-template name="cards">
        <xsl:with-param name="items" select="latest/item"/>
      </xsl:call-template>
    </section>
    <section class="block" aria-labelledby="s-upcoming">
      <h2 id="s-upcoming">
        <xsl:value-of select="ui:t('upcoming')"/>
      </h2>
      <xsl:call-template name="cards">
        <xsl:with-param name="items" select="upcoming/item"/>
      </xsl:call-template>
    </section>
    <xsl:if test="themes/theme">
      <section class="block" aria-labelledby="s-themes">
        <h2 id="s-themes">
          <xsl:value-of select="ui:t('themes')"/>
        </h2>
        <ul class="chips">
          <xsl:for-each select="themes/theme">
            <li class="chip">
              <xsl:call-template name="theme-name">
                <xsl:with-param name="th" select="."/>
              </xsl:call-template>
            </li>
          </xsl:for-each>
        </ul>
      </section>
    </xsl:if>
  </div>
</xsl:template>

<xsl:template match="stats">
  <h2 class="visually-hidden">
    <xsl:value-of select="ui:t('stats')"/>
  </h2>
  <dl class="stats">
    <xsl:for-each select="@territories|@members|@contributions|@visits">
      <div>
        <dt>
          <xsl:value-of select="ui:t(concat('st-', name()))"/>
        </dt>
        <dd>
          <xsl:call-template name="number">
            <xsl:with-param name="n" select="."/>
          </xsl:call-template>
        </dd>
      </div>
    </xsl:for-each>
  </dl>
</xsl:template>

</xsl:stylesheet>
