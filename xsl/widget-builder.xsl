<?xml version="1.0" encoding="UTF-8"?>
<!--
  widget-builder.xsl: /partenaires/widget, where partners make their
  widget (cgi-bin/page-partners.c, page_widget_builder):
  <page type="widget-builder"> with <territories>, <themes>, <query> (the
  form's values, present keys only) and
  <widget src="/widget/agenda?territoire=…&n=5&style=clair"
          kind="agenda|articles" style="clair|sombre" n="5" territory="…"/>
  (the values the C code settled on, defaults included).

  A GET form (no JavaScript), a live preview in an iframe, and the code
  to paste in read-only text areas.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:ui="tag:echosciences.fr,2026:ui"
    xmlns:str="http://exslt.org/strings"
    extension-element-prefixes="str"
    exclude-result-prefixes="str ui">

<xsl:include href="layout.xsl"/>

<xsl:variable name="w" select="/page/widget"/>

<xsl:variable name="w-kind">
  <xsl:choose>
    <xsl:when test="$w/@kind = 'articles' or (not($w/@kind) and /page/query/@type = 'articles')">articles</xsl:when>
    <xsl:otherwise>agenda</xsl:otherwise>
  </xsl:choose>
</xsl:variable>

<xsl:variable name="w-style">
  <xsl:choose>
    <xsl:when test="$w/@style = 'sombre' or (not($w/@style) and /page/query/@style = 'sombre')">sombre</xsl:when>
    <xsl:otherwise>clair</xsl:otherwise>
  </xsl:choose>
</xsl:variable>

<xsl:variable name="w-n">
  <xsl:choose>
    <xsl:when test="string(number($w/@n)) != 'NaN'"><xsl:value-of select="number($w/@n)"/></xsl:when>
    <xsl:when test="string(number(/page/query/@n)) != 'NaN'"><xsl:value-of select="number(/page/query/@n)"/></xsl:when>
    <xsl:otherwise>5</xsl:otherwise>
  </xsl:choose>
</xsl:variable>

<!-- The widget's territory: the builder's, the query's, or the one named
     in the widget's address. -->
<xsl:variable name="w-territory">
  <xsl:choose>
    <xsl:when test="$w/@territory"><xsl:value-of select="$w/@territory"/></xsl:when>
    <xsl:when test="/page/query/@territoire"><xsl:value-of select="/page/query/@territoire"/></xsl:when>
    <xsl:otherwise>
      <xsl:value-of select="substring-before(concat(substring-after($w/@src, 'territoire='), '&amp;'), '&amp;')"/>
    </xsl:otherwise>
  </xsl:choose>
</xsl:variable>

<xsl:variable name="w-src">
  <xsl:if test="starts-with($w/@src, '/widget/')">
    <xsl:value-of select="$w/@src"/>
  </xsl:if>
</xsl:variable>

<!-- The frame's title in the snippet: what the widget shows. -->
<xsl:variable name="w-title">
  <xsl:value-of select="ui:t(concat('wb-kind-', $w-kind))"/>
  <xsl:if test="/page/territories/territory[@slug = $w-territory]">
    <xsl:value-of select="concat(' – ', /page/territories/territory[@slug = $w-territory])"/>
  </xsl:if>
  <xsl:value-of select="concat(' – ', $site)"/>
</xsl:variable>

<xsl:template match="page" mode="title">
  <xsl:value-of select="ui:t('wb-title')"/>
</xsl:template>

<!-- The same script as on partners' pages: the preview shows the height
     the widget will really take. -->
<xsl:template match="page" mode="head">
  <script src="/js/widget.js" defer="defer"></script>
</xsl:template>

<xsl:template match="page" mode="main">
  <div class="wrap">
    <div class="page-head">
      <h1>
        <xsl:value-of select="ui:t('wb-title')"/>
      </h1>
      <p class="intro">
        <xsl:value-of select="ui:t('wb-intro')"/>
      </p>
      <p class="more">
        <a href="/partenaires/#widget">
          <xsl:value-of select="ui:t('wb-doc')"/>
        </a>
      </p>
    </div>
    <div class="builder">
      <section class="builder-settings" aria-labelledby="s-settings">
        <h2 id="s-settings">
          <xsl:value-of select="ui:t('wb-settings')"/>
        </h2>
        <xsl:call-template name="builder-form"/>
      </section>
      <section class="builder-preview" aria-labelledby="s-preview">
        <h2 id="s-preview">
          <xsl:value-of select="ui:t('wb-preview')"/>
        </h2>
        <xsl:if test="$w-src != ''">
          <!-- Its width is the stylesheet's (100%): width="100%" is not
               valid HTML, and style attributes are refused by our CSP. -->
          <iframe class="widget-preview" src="{$w-src}" height="420" loading="lazy">
            <xsl:attribute name="title">
              <xsl:value-of select="ui:t('wb-preview-title')"/>
            </xsl:attribute>
          </iframe>
        </xsl:if>
      </section>
      <section class="builder-code" aria-labelledby="s-code">
        <h2 id="s-code">
          <xsl:value-of select="ui:t('wb-code')"/>
        </h2>
        <div class="field field-wide">
          <label for="w-code">
            <xsl:value-of select="ui:t('wb-iframe-label')"/>
          </label>
          <textarea id="w-code" readonly="readonly" rows="4" spellcheck="false">
            <xsl:text>&lt;iframe src="</xsl:text>
            <xsl:call-template name="html-attr">
              <xsl:with-param name="s" select="concat($base, $w-src)"/>
            </xsl:call-template>
            <xsl:text>" title="</xsl:text>
            <xsl:call-template name="html-attr">
              <xsl:with-param name="s" select="$w-title"/>
            </xsl:call-template>
            <xsl:text>" height="420" style="width:100%;border:0" loading="lazy"&gt;&lt;/iframe&gt;</xsl:text>
          </textarea>
        </div>
        <p id="w-script-help" class="hint">
          <xsl:value-of select="ui:t('wb-script-help')"/>
        </p>
        <div class="field field-wide">
          <label for="w-script">
            <xsl:value-of select="ui:t('wb-script-label')"/>
          </label>
          <textarea id="w-script" readonly="readonly" rows="2" spellcheck="false"
              aria-describedby="w-script-help">
            <xsl:text>&lt;script src="</xsl:text>
            <xsl:call-template name="html-attr">
              <xsl:with-param name="s" select="concat($base, '/js/widget.js')"/>
            </xsl:call-template>
            <xsl:text>" async&gt;&lt;/script&gt;</xsl:text>
          </textarea>
        </div>
      </section>
    </div>
  </div>
</xsl:template>

<!-- Text for an HTML attribute value between double quotes. -->
<xsl:template name="html-attr">
  <xsl:param name="s"/>
  <xsl:value-of select="str:replace(str:replace(str:replace($s, '&amp;', '&amp;amp;'),
      '&quot;', '&amp;quot;'), '&lt;', '&amp;lt;')"/>
</xsl:template>

<xsl:template name="builder-form">
  <form class="filters builder-form" method="get" action="{$path-url}">
    <fieldset class="field field-choice">
      <legend>
        <xsl:value-of select="ui:t('wb-kind')"/>
      </legend>
      <xsl:call-template name="radio">
        <xsl:with-param name="name" select="'type'"/>
        <xsl:with-param name="value" select="'agenda'"/>
        <xsl:with-param name="current" select="$w-kind"/>
        <xsl:with-param name="k" select="'wb-kind-agenda'"/>
      </xsl:call-template>
      <xsl:call-template name="radio">
        <xsl:with-param name="name" select="'type'"/>
        <xsl:with-param name="value" select="'articles'"/>
        <xsl:with-param name="current" select="$w-kind"/>
        <xsl:with-param name="k" select="'wb-kind-articles'"/>
      </xsl:call-template>
    </fieldset>
    <div class="field">
      <label for="w-territoire">
        <xsl:value-of select="ui:t('wb-territory')"/>
      </label>
      <select id="w-territoire" name="territoire">
        <xsl:for-each select="/page/territories/territory">
          <option value="{@slug}">
            <xsl:if test="@slug = $w-territory">
              <xsl:attribute name="selected">selected</xsl:attribute>
            </xsl:if>
            <xsl:value-of select="."/>
          </option>
        </xsl:for-each>
      </select>
    </div>
    <xsl:call-template name="theme-select">
      <xsl:with-param name="id" select="'w-theme'"/>
    </xsl:call-template>
    <div class="field">
      <label for="w-tag">
        <xsl:value-of select="ui:t('wb-tag')"/>
      </label>
      <!-- The pattern is slug_valid() of cgi-bin/util.c. -->
      <input type="text" id="w-tag" name="tag" value="{/page/query/@tag}"
          pattern="[a-z0-9]+(-[a-z0-9]+)*" maxlength="80"
          aria-describedby="w-tag-hint" autocomplete="off" spellcheck="false"/>
      <span id="w-tag-hint" class="hint">
        <xsl:value-of select="ui:t('wb-tag-hint')"/>
      </span>
    </div>
    <div class="field">
      <label for="w-structure">
        <xsl:value-of select="ui:t('wb-structure')"/>
      </label>
      <input type="number" id="w-structure" name="structure" min="1" step="1"
          value="{/page/query/@structure}" aria-describedby="w-structure-hint"/>
      <span id="w-structure-hint" class="hint">
        <xsl:value-of select="ui:t('wb-structure-hint')"/>
      </span>
    </div>
    <div class="field">
      <label for="w-n">
        <xsl:value-of select="ui:t('wb-n')"/>
      </label>
      <input type="number" id="w-n" name="n" min="1" max="20" step="1"
          required="required" value="{$w-n}"/>
    </div>
    <fieldset class="field field-choice">
      <legend>
        <xsl:value-of select="ui:t('wb-style')"/>
      </legend>
      <xsl:call-template name="radio">
        <xsl:with-param name="name" select="'style'"/>
        <xsl:with-param name="value" select="'clair'"/>
        <xsl:with-param name="current" select="$w-style"/>
        <xsl:with-param name="k" select="'wb-style-clair'"/>
      </xsl:call-template>
      <xsl:call-template name="radio">
        <xsl:with-param name="name" select="'style'"/>
        <xsl:with-param name="value" select="'sombre'"/>
        <xsl:with-param name="current" select="$w-style"/>
        <xsl:with-param name="k" select="'wb-style-sombre'"/>
      </xsl:call-template>
    </fieldset>
    <div class="field field-submit">
      <button type="submit">
        <xsl:value-of select="ui:t('wb-update')"/>
      </button>
    </div>
  </form>
</xsl:template>

<!-- A radio button and its label (label for=id, as every control). -->
<xsl:template name="radio">
  <xsl:param name="name"/>
  <xsl:param name="value"/>
  <xsl:param name="current"/>
  <xsl:param name="k"/>
  <span class="choice">
    <input type="radio" id="w-{$name}-{$value}" name="{$name}" value="{$value}">
      <xsl:if test="$value = $current">
        <xsl:attribute name="checked">checked</xsl:attribute>
      </xsl:if>
    </input>
    <label for="w-{$name}-{$value}">
      <xsl:value-of select="ui:t($k)"/>
    </label>
  </span>
</xsl:template>

</xsl:stylesheet>
