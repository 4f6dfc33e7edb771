<?xml version="1.0" encoding="UTF-8"?>
<!--
  viewer.xsl: the parts of a public page that depend on who is logged in,
  rendered alone, to be put into the anonymous page (cgi-bin/personal.c):

    <page type="viewer" lang="…"><viewer …/></page>
        the account links of the header (layout.xsl's account-nav)
    <page type="viewer" lang="…"><viewer-actions …/></page>
        what the viewer may do with the page's item (layout.xsl's
        viewer-actions)

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
    <xsl:otherwise>
      <xsl:call-template name="account-nav"/>
    </xsl:otherwise>
  </xsl:choose>
</xsl:template>

</xsl:stylesheet>
