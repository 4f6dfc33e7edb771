<?xml version="1.0" encoding="UTF-8"?>
<!--
  The rules of RFC 4287 that its RELAX NG grammar cannot express.
  Prints one line per violation; nothing when the feed is sound.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:a="http://www.w3.org/2005/Atom">
  <xsl:output method="text"/>

  <xsl:template match="/">
    <xsl:apply-templates select="a:feed/a:entry | a:entry"/>
    <xsl:if test="a:feed and count(a:feed/a:link[@rel='self']) != 1">
      <xsl:text>feed: exactly one self link is expected&#10;</xsl:text>
    </xsl:if>
    <xsl:if test="a:feed and not(a:feed/a:link[@rel='alternate' or not(@rel)])">
      <xsl:text>feed: no alternate link to a page&#10;</xsl:text>
    </xsl:if>
  </xsl:template>

  <xsl:template match="a:entry">
    <xsl:variable name="where" select="concat('entry ', a:id, ': ')"/>
    <!-- 4.1.1 / 4.1.2: an entry has an author unless its feed has one. -->
    <xsl:if test="not(a:author) and not(../a:author) and not(a:source/a:author)">
      <xsl:value-of select="concat($where, 'no author (4.1.2)&#10;')"/>
    </xsl:if>
    <!-- 4.1.2: without content, an entry has an alternate link. -->
    <xsl:if test="not(a:content) and not(a:link[@rel='alternate' or not(@rel)])">
      <xsl:value-of select="concat($where, 'no content and no alternate link (4.1.2)&#10;')"/>
    </xsl:if>
    <!-- 4.1.2: at most one alternate link per type and hreflang. -->
    <xsl:for-each select="a:link[@rel='alternate' or not(@rel)]">
      <xsl:variable name="t" select="string(@type)"/>
      <xsl:variable name="h" select="string(@hreflang)"/>
      <xsl:if test="count(../a:link[(@rel='alternate' or not(@rel)) and string(@type)=$t and string(@hreflang)=$h]) &gt; 1">
        <xsl:value-of select="concat($where, 'two alternate links of one type (4.1.2)&#10;')"/>
      </xsl:if>
    </xsl:for-each>
    <!-- 4.1.2: a summary is required when content has src or is not text. -->
    <xsl:if test="a:content[@src] and not(a:summary)">
      <xsl:value-of select="concat($where, 'out-of-line content without summary (4.1.2)&#10;')"/>
    </xsl:if>
    <!-- 4.2.6: ids are IRIs: absolute, with a scheme. -->
    <xsl:if test="not(contains(a:id, ':'))">
      <xsl:value-of select="concat($where, 'id is not an absolute IRI (4.2.6)&#10;')"/>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
