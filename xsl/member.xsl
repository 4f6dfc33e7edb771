<?xml version="1.0" encoding="UTF-8"?>
<!-- A member's profile: <page type="member"> with <member> (bio as
     XHTML, interests/theme) and list/item, list/next
     (cgi-bin/page-profile.c). -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:ui="tag:echosciences.fr,2026:ui"
    exclude-result-prefixes="ui">

<xsl:include href="layout.xsl"/>

<xsl:template match="page" mode="title">
  <xsl:value-of select="member/name"/>
</xsl:template>

<xsl:template match="page" mode="main">
  <xsl:apply-templates select="member"/>
</xsl:template>

<xsl:template match="member">
  <div class="wrap">
    <header class="profile-head">
      <xsl:if test="avatar/@src">
        <xsl:call-template name="img">
          <xsl:with-param name="src" select="avatar/@src"/>
          <xsl:with-param name="class" select="'avatar'"/>
          <xsl:with-param name="lazy" select="false()"/>
          <xsl:with-param name="alt">
            <xsl:value-of select="ui:t('avatar-of')"/>
            <xsl:text> </xsl:text>
            <xsl:value-of select="name"/>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:if>
      <div>
        <p class="card-kind">
          <xsl:value-of select="ui:t(concat('mk-', @kind))"/>
        </p>
        <h1><xsl:value-of select="name"/></h1>
        <dl class="facts facts-inline">
          <div>
            <dt>
              <xsl:value-of select="ui:t('home-territory')"/>
            </dt>
            <dd>
              <a href="{$thome}"><xsl:call-template name="item-tname"/></a>
            </dd>
          </div>
          <xsl:if test="created">
            <div>
              <dt>
                <xsl:value-of select="ui:t('member-since')"/>
              </dt>
              <dd>
                <xsl:call-template name="time-date-long">
                  <xsl:with-param name="d" select="created"/>
                  <xsl:with-param name="weekday" select="false()"/>
                </xsl:call-template>
              </dd>
            </div>
          </xsl:if>
          <xsl:if test="normalize-space(website) != ''">
            <div>
              <dt>
                <xsl:value-of select="ui:t('website')"/>
              </dt>
              <dd class="website">
                <xsl:variable name="ok">
                  <xsl:call-template name="url-ok">
                    <xsl:with-param name="u" select="string(website)"/>
                  </xsl:call-template>
                </xsl:variable>
                <!-- Written by the member: no endorsement, no opener. -->
                <xsl:choose>
                  <xsl:when test="$ok = '1'">
                    <a href="{website}" rel="nofollow ugc noopener">
                      <xsl:value-of select="website"/>
                    </a>
                  </xsl:when>
                  <xsl:otherwise><xsl:value-of select="website"/></xsl:otherwise>
                </xsl:choose>
              </dd>
            </div>
          </xsl:if>
        </dl>
      </div>
    </header>
    <xsl:if test="bio/node()">
      <section class="block" aria-labelledby="s-bio">
        <h2 id="s-bio">
          <xsl:value-of select="ui:t('about')"/>
        </h2>
        <div class="prose">
          <xsl:call-template name="content-lang"/>
          <xsl:apply-templates select="bio/node()" mode="prose">
            <xsl:with-param name="top" select="3"/>
          </xsl:apply-templates>
        </div>
      </section>
    </xsl:if>
    <xsl:if test="interests/theme">
      <section class="block" aria-labelledby="s-interests">
        <h2 id="s-interests">
          <xsl:value-of select="ui:t('interests')"/>
        </h2>
        <ul class="inline-list interests">
          <xsl:for-each select="interests/theme">
            <li>
              <xsl:call-template name="theme-link">
                <xsl:with-param name="th" select="."/>
              </xsl:call-template>
            </li>
          </xsl:for-each>
        </ul>
      </section>
    </xsl:if>
    <section class="block" aria-labelledby="s-contributions">
      <h2 id="s-contributions">
        <xsl:value-of select="ui:t('contributions')"/>
        <xsl:if test="@contributions">
          <xsl:text> </xsl:text>
          <span class="count">
            <xsl:text>(</xsl:text>
            <xsl:call-template name="number">
              <xsl:with-param name="n" select="@contributions"/>
            </xsl:call-template>
            <xsl:text>)</xsl:text>
          </span>
        </xsl:if>
      </h2>
      <xsl:call-template name="cards">
        <xsl:with-param name="items" select="/page/list/item"/>
      </xsl:call-template>
      <xsl:call-template name="next-link"/>
    </section>
  </div>
</xsl:template>

</xsl:stylesheet>
