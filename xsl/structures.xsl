<?xml version="1.0" encoding="UTF-8"?>
<!-- A territory's structures: <page type="structures"> with
     structures/structure (cgi-bin/page-list.c, page_structures). -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

<xsl:include href="layout.xsl"/>

<xsl:template match="page" mode="title">
  <xsl:call-template name="t">
    <xsl:with-param name="k" select="'sec-structures'"/>
  </xsl:call-template>
</xsl:template>

<xsl:template match="page" mode="main">
  <div class="wrap">
    <div class="page-head">
      <h1>
        <xsl:call-template name="t">
          <xsl:with-param name="k" select="'sec-structures'"/>
        </xsl:call-template>
      </h1>
      <p class="intro">
        <xsl:call-template name="t">
          <xsl:with-param name="k" select="'structures-intro'"/>
        </xsl:call-template>
      </p>
    </div>
    <xsl:choose>
      <xsl:when test="structures/structure">
        <ul class="cards cards-compact">
          <xsl:for-each select="structures/structure">
            <li>
              <article class="card card-structure">
                <div class="card-body">
                  <p class="card-kind">
                    <xsl:call-template name="t">
                      <xsl:with-param name="k" select="concat('sk-', @kind)"/>
                    </xsl:call-template>
                  </p>
                  <h2 class="card-title"><a href="{@url}"><xsl:value-of select="name"/></a></h2>
                  <xsl:if test="normalize-space(city) != ''">
                    <p class="card-meta"><xsl:value-of select="city"/></p>
                  </xsl:if>
                </div>
              </article>
            </li>
          </xsl:for-each>
        </ul>
      </xsl:when>
      <xsl:otherwise>
        <p class="empty">
          <xsl:call-template name="t">
            <xsl:with-param name="k" select="'empty'"/>
          </xsl:call-template>
        </p>
      </xsl:otherwise>
    </xsl:choose>
  </div>
</xsl:template>

</xsl:stylesheet>
