<?xml version="1.0" encoding="UTF-8"?>
<!-- A territory's home page: <page type="territory"> with featured,
     latest, upcoming, annonces and themes (cgi-bin/page-home.c). -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:ui="tag:echosciences.fr,2026:ui"
    exclude-result-prefixes="ui">

<xsl:include href="layout.xsl"/>

<xsl:template match="page" mode="title">
  <xsl:value-of select="ui:t('sec-home')"/>
</xsl:template>

<xsl:template match="page" mode="main">
  <div class="hero">
    <div class="wrap">
      <h1>
        <span class="hero-site"><xsl:value-of select="$site"/></span>
        <xsl:text> </xsl:text>
        <span class="hero-territory"><xsl:value-of select="$tname"/></span>
      </h1>
      <p class="hero-intro">
        <xsl:value-of select="ui:t('territory-intro')"/>
      </p>
    </div>
  </div>
  <div class="wrap">
    <xsl:if test="featured/item">
      <section class="block" aria-labelledby="s-une">
        <h2 id="s-une">
          <xsl:value-of select="ui:t('featured')"/>
        </h2>
        <xsl:call-template name="cards">
          <xsl:with-param name="items" select="featured/item"/>
          <xsl:with-param name="class" select="'cards-featured'"/>
        </xsl:call-template>
      </section>
    </xsl:if>
    <section class="block" aria-labelledby="s-articles">
      <h2 id="s-articles">
        <xsl:value-of select="ui:t('latest-articles')"/>
      </h2>
      <xsl:call-template name="cards">
        <xsl:with-param name="items" select="latest/item"/>
      </xsl:call-template>
      <xsl:call-template name="more-link">
        <xsl:with-param name="href" select="concat($thome, 'articles/')"/>
        <xsl:with-param name="k" select="'all-articles'"/>
      </xsl:call-template>
    </section>
    <section class="block" aria-labelledby="s-agenda">
      <h2 id="s-agenda">
        <xsl:value-of select="ui:t('upcoming')"/>
      </h2>
      <xsl:call-template name="cards">
        <xsl:with-param name="items" select="upcoming/item"/>
      </xsl:call-template>
      <xsl:call-template name="more-link">
        <xsl:with-param name="href" select="concat($thome, 'evenements/')"/>
        <xsl:with-param name="k" select="'all-agenda'"/>
      </xsl:call-template>
    </section>
    <section class="block" aria-labelledby="s-annonces">
      <h2 id="s-annonces">
        <xsl:value-of select="ui:t('annonces')"/>
      </h2>
      <xsl:call-template name="cards">
        <xsl:with-param name="items" select="annonces/item"/>
      </xsl:call-template>
      <xsl:call-template name="more-link">
        <xsl:with-param name="href" select="concat($thome, 'annonces/')"/>
        <xsl:with-param name="k" select="'all-annonces'"/>
      </xsl:call-template>
    </section>
    <xsl:if test="themes/theme">
      <section class="block" aria-labelledby="s-themes">
        <h2 id="s-themes">
          <xsl:value-of select="ui:t('themes')"/>
        </h2>
        <ul class="chips">
          <xsl:for-each select="themes/theme">
            <li>
              <a class="chip" href="{$thome}themes/{@slug}">
                <xsl:call-template name="theme-name">
                  <xsl:with-param name="th" select="."/>
                </xsl:call-template>
              </a>
            </li>
          </xsl:for-each>
        </ul>
      </section>
    </xsl:if>
  </div>
</xsl:template>

</xsl:stylesheet>
