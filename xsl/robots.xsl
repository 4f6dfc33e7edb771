<?xml version="1.0" encoding="UTF-8"?>
<!--
  robots.xsl: /robots.txt, <page type="robots">.  Made by the program (not
  a static file) because the Sitemap line must be an absolute URL, and
  the site's address is only known from /page/@base.  Widgets live in
  partners' pages: they are not pages of their own to index.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

<xsl:output method="text" encoding="UTF-8" media-type="text/plain"/>

<xsl:template match="/">
  <xsl:text>User-agent: *&#10;</xsl:text>
  <xsl:text>Allow: /&#10;</xsl:text>
  <xsl:text>Disallow: /widget/&#10;</xsl:text>
  <xsl:value-of select="concat('Sitemap: ', /page/@base, '/sitemap.xml&#10;')"/>
</xsl:template>

</xsl:stylesheet>
