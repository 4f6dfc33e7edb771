<?xml version="1.0" encoding="UTF-8"?>
<!--
  structure-edit.xsl: the form of a structure (cgi-bin/page-structure-edit.c).

    <page type="structure-edit" mode="new">   /structures/nouvelle
    <page type="structure-edit" mode="edit">  /structures/<id>/modifier, with
        <current id url territory><name/><logo src/></current> and
        <editors><editor id url self><name/></editor></editors>

  <csrf value> goes into each form; <fields><field name value error>
  holds the values to show (stored, or what was sent) and what is wrong;
  <message code> says how an action went.  Field errors make an error
  summary at the top (links to the fields) and a message tied to each
  field (aria-describedby, aria-invalid), as on the account pages.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:ui="tag:echosciences.fr,2026:ui"
    exclude-result-prefixes="ui">

<xsl:include href="layout.xsl"/>

<xsl:variable name="se-edit" select="/page/@mode = 'edit'"/>
<xsl:variable name="se-csrf" select="string(/page/csrf/@value)"/>
<xsl:variable name="se-id" select="string(/page/current/@id)"/>
<xsl:variable name="se-mcode" select="string(/page/message/@code)"/>
<xsl:variable name="se-errors"
    select="/page/fields/field[normalize-space(@error) != '']"/>
<!-- Messages of a refused action: alerts; the others: statuses. -->
<xsl:variable name="se-m-failed" select="$se-mcode = 'editor-unknown'
    or $se-mcode = 'last-editor' or $se-mcode = 'not-editor'"/>

<xsl:template match="page" mode="title">
  <xsl:if test="$se-errors or $se-m-failed">
    <xsl:value-of select="ui:t('error')"/>
    <xsl:value-of select="ui:t('colon')"/>
  </xsl:if>
  <xsl:call-template name="se-heading"/>
  <xsl:if test="$se-edit">
    <xsl:value-of select="concat(' – ', /page/current/name)"/>
  </xsl:if>
</xsl:template>

<!-- A member's own form: not indexed. -->
<xsl:template match="page" mode="head">
  <meta name="robots" content="noindex"/>
</xsl:template>

<xsl:template name="se-heading">
  <xsl:call-template name="t">
    <xsl:with-param name="k">
      <xsl:choose>
        <xsl:when test="$se-edit">se-edit-title</xsl:when>
        <xsl:otherwise>se-new-title</xsl:otherwise>
      </xsl:choose>
    </xsl:with-param>
  </xsl:call-template>
</xsl:template>

<xsl:template match="page" mode="main">
  <div class="wrap wrap-narrow se-page">
    <div class="page-head">
      <h1>
        <xsl:call-template name="se-heading"/>
        <xsl:if test="$se-edit">
          <span class="se-name"><xsl:value-of select="current/name"/></span>
        </xsl:if>
      </h1>
    </div>
    <xsl:call-template name="se-error-summary"/>
    <xsl:call-template name="se-message"/>
    <xsl:call-template name="se-form"/>
    <xsl:if test="$se-edit">
      <xsl:call-template name="se-editors"/>
      <xsl:call-template name="se-delete"/>
    </xsl:if>
  </div>
</xsl:template>

<!-- ==================================================================
     The structure's form
     ================================================================== -->

<xsl:template name="se-form">
  <p class="intro">
    <xsl:call-template name="t">
      <xsl:with-param name="k">
        <xsl:choose>
          <xsl:when test="$se-edit">se-intro-edit</xsl:when>
          <xsl:otherwise>se-intro</xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
    </xsl:call-template>
  </p>
  <form class="account-form se-form" method="post" enctype="multipart/form-data">
    <xsl:attribute name="action">
      <xsl:choose>
        <xsl:when test="$se-edit">
          <xsl:value-of select="concat('/structures/', $se-id, '/modifier')"/>
        </xsl:when>
        <xsl:otherwise>/structures/nouvelle</xsl:otherwise>
      </xsl:choose>
    </xsl:attribute>
    <xsl:call-template name="se-csrf"/>
    <xsl:call-template name="se-input">
      <xsl:with-param name="name" select="'nom'"/>
      <xsl:with-param name="required" select="true()"/>
      <xsl:with-param name="maxlength" select="'100'"/>
      <xsl:with-param name="autocomplete" select="'organization'"/>
    </xsl:call-template>
    <xsl:call-template name="se-kind"/>
    <xsl:call-template name="se-territory"/>
    <xsl:call-template name="se-textarea"/>
    <xsl:call-template name="se-input">
      <xsl:with-param name="name" select="'site'"/>
      <xsl:with-param name="type" select="'url'"/>
      <xsl:with-param name="hint" select="'h-se-site'"/>
      <xsl:with-param name="maxlength" select="'500'"/>
      <xsl:with-param name="autocomplete" select="'url'"/>
    </xsl:call-template>
    <fieldset class="se-group">
      <legend>
        <xsl:value-of select="ui:t('se-address')"/>
      </legend>
      <xsl:call-template name="se-input">
        <xsl:with-param name="name" select="'adresse'"/>
        <xsl:with-param name="maxlength" select="'255'"/>
        <xsl:with-param name="autocomplete" select="'address-line1'"/>
      </xsl:call-template>
      <xsl:call-template name="se-input">
        <xsl:with-param name="name" select="'code_postal'"/>
        <xsl:with-param name="maxlength" select="'10'"/>
        <xsl:with-param name="autocomplete" select="'postal-code'"/>
      </xsl:call-template>
      <xsl:call-template name="se-input">
        <xsl:with-param name="name" select="'ville'"/>
        <xsl:with-param name="maxlength" select="'100'"/>
        <xsl:with-param name="autocomplete" select="'address-level2'"/>
      </xsl:call-template>
      <xsl:call-template name="se-input">
        <xsl:with-param name="name" select="'latitude'"/>
        <xsl:with-param name="hint" select="'h-se-latitude'"/>
        <xsl:with-param name="maxlength" select="'12'"/>
        <xsl:with-param name="inputmode" select="'decimal'"/>
      </xsl:call-template>
      <xsl:call-template name="se-input">
        <xsl:with-param name="name" select="'longitude'"/>
        <xsl:with-param name="hint" select="'h-se-longitude'"/>
        <xsl:with-param name="maxlength" select="'12'"/>
        <xsl:with-param name="inputmode" select="'decimal'"/>
      </xsl:call-template>
    </fieldset>
    <xsl:call-template name="se-logo"/>
    <div class="form-actions">
      <button type="submit">
        <xsl:call-template name="t">
          <xsl:with-param name="k">
            <xsl:choose>
              <xsl:when test="$se-edit">b-se-save</xsl:when>
              <xsl:otherwise>b-se-create</xsl:otherwise>
            </xsl:choose>
          </xsl:with-param>
        </xsl:call-template>
      </button>
    </div>
  </form>
  <xsl:if test="$se-edit">
    <xsl:variable name="ok">
      <xsl:call-template name="url-ok">
        <xsl:with-param name="u" select="string(/page/current/@url)"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:if test="$ok = '1'">
      <p class="back">
        <a href="{/page/current/@url}">
          <xsl:value-of select="ui:t('se-back')"/>
        </a>
      </p>
    </xsl:if>
  </xsl:if>
</xsl:template>

<!-- The kind: a select of the seven kinds. -->
<xsl:template name="se-kind">
  <xsl:variable name="v" select="string(/page/fields/field[@name = 'type_structure'][1]/@value)"/>
  <div>
    <xsl:call-template name="se-field-class">
      <xsl:with-param name="name" select="'type_structure'"/>
    </xsl:call-template>
    <xsl:call-template name="se-label-hint-error">
      <xsl:with-param name="name" select="'type_structure'"/>
    </xsl:call-template>
    <select id="f-type_structure" name="type_structure" required="required">
      <xsl:call-template name="se-describedby">
        <xsl:with-param name="name" select="'type_structure'"/>
      </xsl:call-template>
      <option value="">
        <xsl:value-of select="ui:t('choose')"/>
      </option>
      <xsl:call-template name="se-kind-option"><xsl:with-param name="k" select="'museum'"/><xsl:with-param name="v" select="$v"/></xsl:call-template>
      <xsl:call-template name="se-kind-option"><xsl:with-param name="k" select="'lab'"/><xsl:with-param name="v" select="$v"/></xsl:call-template>
      <xsl:call-template name="se-kind-option"><xsl:with-param name="k" select="'association'"/><xsl:with-param name="v" select="$v"/></xsl:call-template>
      <xsl:call-template name="se-kind-option"><xsl:with-param name="k" select="'company'"/><xsl:with-param name="v" select="$v"/></xsl:call-template>
      <xsl:call-template name="se-kind-option"><xsl:with-param name="k" select="'library'"/><xsl:with-param name="v" select="$v"/></xsl:call-template>
      <xsl:call-template name="se-kind-option"><xsl:with-param name="k" select="'school'"/><xsl:with-param name="v" select="$v"/></xsl:call-template>
      <xsl:call-template name="se-kind-option"><xsl:with-param name="k" select="'other'"/><xsl:with-param name="v" select="$v"/></xsl:call-template>
    </select>
  </div>
</xsl:template>

<xsl:template name="se-kind-option">
  <xsl:param name="k"/>
  <xsl:param name="v"/>
  <option value="{$k}">
    <xsl:if test="$k = $v">
      <xsl:attribute name="selected">selected</xsl:attribute>
    </xsl:if>
    <xsl:value-of select="ui:t(concat('se-k-', $k))"/>
  </option>
</xsl:template>

<!-- The territory: every territory of the network. -->
<xsl:template name="se-territory">
  <xsl:variable name="v" select="string(/page/fields/field[@name = 'territoire'][1]/@value)"/>
  <div>
    <xsl:call-template name="se-field-class">
      <xsl:with-param name="name" select="'territoire'"/>
    </xsl:call-template>
    <xsl:call-template name="se-label-hint-error">
      <xsl:with-param name="name" select="'territoire'"/>
      <xsl:with-param name="hint" select="'h-se-territoire'"/>
    </xsl:call-template>
    <select id="f-territoire" name="territoire" required="required">
      <xsl:call-template name="se-describedby">
        <xsl:with-param name="name" select="'territoire'"/>
        <xsl:with-param name="hint" select="'h-se-territoire'"/>
      </xsl:call-template>
      <option value="">
        <xsl:value-of select="ui:t('choose')"/>
      </option>
      <xsl:for-each select="/page/territories/territory">
        <option value="{@slug}">
          <xsl:if test="@slug = $v">
            <xsl:attribute name="selected">selected</xsl:attribute>
          </xsl:if>
          <xsl:value-of select="."/>
        </option>
      </xsl:for-each>
    </select>
  </div>
</xsl:template>

<!-- The description, in Markdown. -->
<xsl:template name="se-textarea">
  <div>
    <xsl:call-template name="se-field-class">
      <xsl:with-param name="name" select="'texte'"/>
    </xsl:call-template>
    <xsl:call-template name="se-label-hint-error">
      <xsl:with-param name="name" select="'texte'"/>
      <xsl:with-param name="hint" select="'h-se-texte'"/>
    </xsl:call-template>
    <textarea id="f-texte" name="texte" rows="10" maxlength="10000">
      <xsl:call-template name="se-describedby">
        <xsl:with-param name="name" select="'texte'"/>
        <xsl:with-param name="hint" select="'h-se-texte'"/>
      </xsl:call-template>
      <xsl:value-of select="/page/fields/field[@name = 'texte'][1]/@value"/>
    </textarea>
  </div>
</xsl:template>

<!-- The logo: the current one (with a box to remove it), a file to send. -->
<xsl:template name="se-logo">
  <xsl:variable name="src" select="string(/page/current/logo/@src)"/>
  <xsl:if test="$src != ''">
    <div class="se-logo">
      <p class="se-logo-label">
        <xsl:value-of select="ui:t('se-current-logo')"/>
      </p>
      <xsl:call-template name="img">
        <xsl:with-param name="src" select="$src"/>
        <xsl:with-param name="class" select="'se-logo-img'"/>
        <xsl:with-param name="lazy" select="false()"/>
      </xsl:call-template>
      <div class="choice">
        <input type="checkbox" id="f-sans_image" name="sans_image" value="1">
          <xsl:if test="/page/fields/field[@name = 'sans_image']/@value = '1'">
            <xsl:attribute name="checked">checked</xsl:attribute>
          </xsl:if>
        </input>
        <label for="f-sans_image">
          <xsl:value-of select="ui:t('l-se-sans_image')"/>
        </label>
      </div>
    </div>
  </xsl:if>
  <div>
    <xsl:call-template name="se-field-class">
      <xsl:with-param name="name" select="'image'"/>
    </xsl:call-template>
    <xsl:call-template name="se-label-hint-error">
      <xsl:with-param name="name" select="'image'"/>
      <xsl:with-param name="hint" select="'h-se-image'"/>
    </xsl:call-template>
    <input type="file" id="f-image" name="image"
        accept="image/png,image/jpeg,image/gif,image/webp">
      <xsl:call-template name="se-describedby">
        <xsl:with-param name="name" select="'image'"/>
        <xsl:with-param name="hint" select="'h-se-image'"/>
      </xsl:call-template>
    </input>
  </div>
</xsl:template>

<!-- ==================================================================
     Editors, deletion
     ================================================================== -->

<xsl:template name="se-editors">
  <section class="block se-block" aria-labelledby="se-editors-title">
    <h2 id="se-editors-title">
      <xsl:value-of select="ui:t('se-editors')"/>
    </h2>
    <p class="hint">
      <xsl:value-of select="ui:t('se-editors-intro')"/>
    </p>
    <ul class="se-editors">
      <xsl:for-each select="/page/editors/editor">
        <li>
          <span class="se-editor-name">
            <xsl:variable name="ok">
              <xsl:call-template name="url-ok">
                <xsl:with-param name="u" select="string(@url)"/>
              </xsl:call-template>
            </xsl:variable>
            <xsl:choose>
              <xsl:when test="$ok = '1'">
                <a href="{@url}"><xsl:value-of select="name"/></a>
              </xsl:when>
              <xsl:otherwise><xsl:value-of select="name"/></xsl:otherwise>
            </xsl:choose>
            <xsl:if test="@self = '1'">
              <xsl:text> </xsl:text>
              <xsl:value-of select="ui:t('se-you')"/>
            </xsl:if>
          </span>
          <xsl:if test="count(/page/editors/editor) > 1">
            <form method="post" action="/structures/{$se-id}/editeurs" class="se-inline">
              <xsl:call-template name="se-csrf"/>
              <input type="hidden" name="action" value="retirer"/>
              <input type="hidden" name="membre" value="{@id}"/>
              <button type="submit" class="link-button">
                <xsl:value-of select="ui:t('b-se-remove')"/>
                <span class="visually-hidden">
                  <xsl:text> </xsl:text>
                  <xsl:value-of select="name"/>
                </span>
              </button>
            </form>
          </xsl:if>
        </li>
      </xsl:for-each>
    </ul>
    <form method="post" action="/structures/{$se-id}/editeurs" class="account-form">
      <xsl:call-template name="se-csrf"/>
      <xsl:call-template name="se-input">
        <xsl:with-param name="name" select="'courriel'"/>
        <xsl:with-param name="type" select="'email'"/>
        <xsl:with-param name="hint" select="'h-se-courriel'"/>
        <xsl:with-param name="required" select="true()"/>
        <xsl:with-param name="maxlength" select="'254'"/>
        <xsl:with-param name="autocomplete" select="'off'"/>
      </xsl:call-template>
      <div class="form-actions">
        <button type="submit">
          <xsl:value-of select="ui:t('b-se-add')"/>
        </button>
      </div>
    </form>
  </section>
</xsl:template>

<xsl:template name="se-delete">
  <section class="block se-block se-danger" aria-labelledby="se-delete-title">
    <h2 id="se-delete-title">
      <xsl:value-of select="ui:t('se-delete')"/>
    </h2>
    <p id="f-confirmer-hint" class="hint">
      <xsl:value-of select="ui:t('se-delete-intro')"/>
    </p>
    <form method="post" action="/structures/{$se-id}/modifier" class="account-form">
      <xsl:call-template name="se-csrf"/>
      <input type="hidden" name="action" value="supprimer"/>
      <div>
        <xsl:call-template name="se-field-class">
          <xsl:with-param name="name" select="'confirmer'"/>
          <xsl:with-param name="base" select="'field-choice'"/>
        </xsl:call-template>
        <xsl:call-template name="se-field-error">
          <xsl:with-param name="name" select="'confirmer'"/>
        </xsl:call-template>
        <div class="choice">
          <input type="checkbox" id="f-confirmer" name="confirmer" value="1"
              required="required">
            <xsl:call-template name="se-describedby">
              <xsl:with-param name="name" select="'confirmer'"/>
              <xsl:with-param name="hint" select="'se-delete-intro'"/>
            </xsl:call-template>
          </input>
          <label for="f-confirmer">
            <xsl:value-of select="ui:t('l-se-confirmer')"/>
          </label>
        </div>
      </div>
      <div class="form-actions">
        <button type="submit" class="button-danger">
          <xsl:value-of select="ui:t('b-se-delete')"/>
        </button>
      </div>
    </form>
  </section>
</xsl:template>

<!-- ==================================================================
     Messages and errors
     ================================================================== -->

<xsl:template name="se-message">
  <xsl:if test="$se-mcode != ''">
    <xsl:variable name="text">
      <xsl:value-of select="ui:t(concat('m-se-', $se-mcode))"/>
    </xsl:variable>
    <xsl:if test="$text != ''">
      <p>
        <xsl:choose>
          <xsl:when test="$se-m-failed">
            <xsl:attribute name="class">message message-error</xsl:attribute>
            <xsl:attribute name="role">alert</xsl:attribute>
          </xsl:when>
          <xsl:otherwise>
            <xsl:attribute name="class">message message-ok</xsl:attribute>
            <xsl:attribute name="role">status</xsl:attribute>
          </xsl:otherwise>
        </xsl:choose>
        <xsl:value-of select="$text"/>
      </p>
    </xsl:if>
  </xsl:if>
</xsl:template>

<!-- Every field error, as links to the fields; it takes the focus. -->
<xsl:template name="se-error-summary">
  <xsl:if test="$se-errors">
    <div class="error-summary" role="alert" aria-labelledby="error-summary-title"
        tabindex="-1" autofocus="autofocus">
      <h2 id="error-summary-title">
        <xsl:value-of select="ui:t('err-summary')"/>
      </h2>
      <ul>
        <xsl:for-each select="$se-errors">
          <li>
            <a href="#f-{@name}">
              <xsl:call-template name="se-error-text">
                <xsl:with-param name="name" select="string(@name)"/>
                <xsl:with-param name="code" select="normalize-space(@error)"/>
              </xsl:call-template>
            </a>
          </li>
        </xsl:for-each>
      </ul>
    </div>
  </xsl:if>
</xsl:template>

<!-- "e-se-<field>-<code>", else the field's label and the generic words. -->
<xsl:template name="se-error-text">
  <xsl:param name="name"/>
  <xsl:param name="code"/>
  <xsl:variable name="own">
    <xsl:value-of select="ui:t(concat('e-se-', $name, '-', $code))"/>
  </xsl:variable>
  <xsl:choose>
    <xsl:when test="$own != ''"><xsl:value-of select="$own"/></xsl:when>
    <xsl:otherwise>
      <xsl:value-of select="ui:t(concat('l-se-', $name))"/>
      <xsl:value-of select="ui:t('colon')"/>
      <xsl:value-of select="ui:t('e-invalid')"/>
    </xsl:otherwise>
  </xsl:choose>
</xsl:template>

<!-- ==================================================================
     Form parts
     ================================================================== -->

<xsl:template name="se-csrf">
  <input type="hidden" name="csrf" value="{$se-csrf}"/>
</xsl:template>

<xsl:template name="se-field-class">
  <xsl:param name="name"/>
  <xsl:param name="base" select="'field'"/>
  <xsl:attribute name="class">
    <xsl:value-of select="$base"/>
    <xsl:if test="normalize-space(/page/fields/field[@name = $name][1]/@error) != ''">
      <xsl:text> field-invalid</xsl:text>
    </xsl:if>
  </xsl:attribute>
</xsl:template>

<xsl:template name="se-field-error">
  <xsl:param name="name"/>
  <xsl:variable name="code"
      select="normalize-space(/page/fields/field[@name = $name][1]/@error)"/>
  <xsl:if test="$code != ''">
    <p class="field-error" id="f-{$name}-error">
      <span class="visually-hidden">
        <xsl:value-of select="ui:t('error')"/>
        <xsl:value-of select="ui:t('colon')"/>
      </span>
      <xsl:call-template name="se-error-text">
        <xsl:with-param name="name" select="$name"/>
        <xsl:with-param name="code" select="$code"/>
      </xsl:call-template>
    </p>
  </xsl:if>
</xsl:template>

<!-- Label, hint (id f-<name>-hint) and error of a control. -->
<xsl:template name="se-label-hint-error">
  <xsl:param name="name"/>
  <xsl:param name="hint" select="''"/>
  <label for="f-{$name}">
    <xsl:value-of select="ui:t(concat('l-se-', $name))"/>
  </label>
  <xsl:if test="$hint != ''">
    <p class="hint" id="f-{$name}-hint">
      <xsl:value-of select="ui:t($hint)"/>
    </p>
  </xsl:if>
  <xsl:call-template name="se-field-error">
    <xsl:with-param name="name" select="$name"/>
  </xsl:call-template>
</xsl:template>

<!-- aria-describedby (hint, error) and aria-invalid of a control. -->
<xsl:template name="se-describedby">
  <xsl:param name="name"/>
  <xsl:param name="hint" select="''"/>
  <xsl:variable name="err"
      select="normalize-space(/page/fields/field[@name = $name][1]/@error) != ''"/>
  <xsl:variable name="hint-id">
    <xsl:if test="$hint != ''">
      <xsl:value-of select="concat('f-', $name, '-hint')"/>
    </xsl:if>
  </xsl:variable>
  <xsl:if test="$hint-id != '' or $err">
    <xsl:attribute name="aria-describedby">
      <xsl:value-of select="$hint-id"/>
      <xsl:if test="$hint-id != '' and $err">
        <xsl:text> </xsl:text>
      </xsl:if>
      <xsl:if test="$err">
        <xsl:value-of select="concat('f-', $name, '-error')"/>
      </xsl:if>
    </xsl:attribute>
  </xsl:if>
  <xsl:if test="$err">
    <xsl:attribute name="aria-invalid">true</xsl:attribute>
  </xsl:if>
</xsl:template>

<!-- A one-line text, URL or e-mail field, filled with its value. -->
<xsl:template name="se-input">
  <xsl:param name="name"/>
  <xsl:param name="type" select="'text'"/>
  <xsl:param name="hint" select="''"/>
  <xsl:param name="required" select="false()"/>
  <xsl:param name="maxlength" select="''"/>
  <xsl:param name="autocomplete" select="''"/>
  <xsl:param name="inputmode" select="''"/>
  <xsl:variable name="f" select="/page/fields/field[@name = $name][1]"/>
  <div>
    <xsl:call-template name="se-field-class">
      <xsl:with-param name="name" select="$name"/>
    </xsl:call-template>
    <xsl:call-template name="se-label-hint-error">
      <xsl:with-param name="name" select="$name"/>
      <xsl:with-param name="hint" select="$hint"/>
    </xsl:call-template>
    <input type="{$type}" id="f-{$name}" name="{$name}">
      <xsl:if test="$required">
        <xsl:attribute name="required">required</xsl:attribute>
      </xsl:if>
      <xsl:if test="$maxlength != ''">
        <xsl:attribute name="maxlength"><xsl:value-of select="$maxlength"/></xsl:attribute>
      </xsl:if>
      <xsl:if test="$autocomplete != ''">
        <xsl:attribute name="autocomplete"><xsl:value-of select="$autocomplete"/></xsl:attribute>
      </xsl:if>
      <xsl:if test="$inputmode != ''">
        <xsl:attribute name="inputmode"><xsl:value-of select="$inputmode"/></xsl:attribute>
      </xsl:if>
      <xsl:if test="$type = 'email' or $type = 'url'">
        <xsl:attribute name="autocapitalize">none</xsl:attribute>
        <xsl:attribute name="spellcheck">false</xsl:attribute>
      </xsl:if>
      <xsl:call-template name="se-describedby">
        <xsl:with-param name="name" select="$name"/>
        <xsl:with-param name="hint" select="$hint"/>
      </xsl:call-template>
      <xsl:if test="$f/@value">
        <xsl:attribute name="value"><xsl:value-of select="$f/@value"/></xsl:attribute>
      </xsl:if>
    </input>
  </div>
</xsl:template>

</xsl:stylesheet>
