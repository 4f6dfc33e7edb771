<?xml version="1.0" encoding="UTF-8"?>
<!--
  viewer.xsl: the parts of a public page that depend on who is logged in,
  rendered alone, to be put into the anonymous page (cgi-bin/personal.c):

    <page type="viewer" lang="…"><viewer …/></page>
        the account links of the header (layout.xsl's account-nav)
    <page type="viewer" lang="…"><viewer-actions …/></page>
        what the viewer may do with the page's item (layout.xsl's
        viewer-actions)
    <page type="viewer" lang="…"><viewer csrf="…"/><comment-form contribution="…"/></page>
        the comment form (comments.xsl)
    <page type="viewer" lang="…"><comment-actions id="…" mine="0|1" moderate="0|1"/></page>
        what the viewer may do with a comment (comments.xsl)

  The same templates render these parts in full pages, so the two ways
  give the same markup.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

<xsl:import href="layout.xsl"/>

<xsl:output method="html" encoding="UTF-8" omit-xml-declaration="yes"/>

<xsl:template match="/">
  <xsl:choose>
    <xsl:when test="/page/viewer-actions">
      <xsl:call-template name="viewer-actions"/>
    </xsl:when>
    <xsl:when test="/page/comment-form">
      <xsl:call-template name="comment-form">
        <xsl:with-param name="cid" select="string(/page/comment-form/@contribution)"/>
        <xsl:with-param name="csrf" select="string(/page/viewer/@csrf)"/>
      </xsl:call-template>
    </xsl:when>
    <xsl:when test="/page/comment-actions">
      <xsl:call-template name="comment-viewer-actions">
        <xsl:with-param name="id" select="string(/page/comment-actions/@id)"/>
        <xsl:with-param name="mine" select="/page/comment-actions/@mine = '1'"/>
        <xsl:with-param name="moderate" select="/page/comment-actions/@moderate = '1'"/>
      </xsl:call-template>
    </xsl:when>
    <xsl:otherwise>
      <xsl:call-template name="account-nav"/>
    </xsl:otherwise>
  </xsl:choose>
</xsl:template>

</xsl:stylesheet>
