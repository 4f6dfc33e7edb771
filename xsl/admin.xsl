<?xml version="1.0" encoding="UTF-8"?>
<!--
  admin.xsl: the pages of territory teams (cgi-bin/page-admin.c), one
  page type each:

    admin-network  /admin/                 every territory: <admin-territories>
    admin          /<t>/admin/             <dashboard role open>: <team>, <audit>
    moderation     /<t>/admin/moderation   <queue open>: <target> with <report>s;
                                           <unpublished>, <hidden-comments>
    featured-edit  /<t>/admin/une          <featured max>: <item position status>
    admin-audit    /<t>/admin/journal      <audit>: <entry>, <next href>
    report         /signaler               <target kind id url>: the report form
    admin-denied   (any of them)           <message code="not-team">, answered 403

  Forms carry <csrf value>.  A refused POST comes back with <message
  code> and <fields action contribution commentaire><field name value
  error/></fields>: the error summary links to the control, which says
  what is wrong (aria-invalid, aria-describedby).  Private pages: not
  indexed.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:ui="tag:echosciences.fr,2026:ui"
    exclude-result-prefixes="ui">

<xsl:include href="layout.xsl"/>

<xsl:variable name="type" select="string(/page/@type)"/>
<xsl:variable name="csrf" select="string(/page/csrf/@value)"/>
<xsl:variable name="mcode" select="string(/page/message/@code)"/>
<xsl:variable name="t-admin" select="concat('/', $tslug, '/admin/')"/>
<xsl:variable name="fields" select="/page/fields"/>
<xsl:variable name="errors" select="$fields/field[normalize-space(@error) != '']"/>

<!-- Outcomes that are good news; any other message is an alert. -->
<xsl:variable name="m-ok" select="contains(
    '|role-granted|role-removed|role-unchanged|unpublished|restored|dismissed|comment-unpublished|comment-restored|added|removed|moved|reported|already-reported|',
    concat('|', $mcode, '|'))"/>

<!-- Is the viewer an admin of the page's territory (or of the network)? -->
<xsl:variable name="is-admin" select="/page/viewer/role[@role = 'admin'
    and (@territory = $tslug or @network = '1')]"/>

<!-- ==================================================================
     Title, head, main
     ================================================================== -->

<xsl:template match="page" mode="title">
  <xsl:if test="$errors or ($mcode != '' and not($m-ok))">
    <xsl:value-of select="ui:t('error')"/>
    <xsl:value-of select="ui:t('colon')"/>
  </xsl:if>
  <xsl:call-template name="adm-heading"/>
</xsl:template>

<xsl:template match="page" mode="head">
  <meta name="robots" content="noindex"/>
</xsl:template>

<xsl:template name="adm-heading">
  <xsl:value-of select="ui:t(concat('adm-title-', $type))"/>
</xsl:template>

<xsl:template match="page" mode="main">
  <div class="wrap admin-page">
    <div class="page-head">
      <h1><xsl:call-template name="adm-heading"/></h1>
      <xsl:call-template name="adm-nav"/>
    </div>
    <xsl:call-template name="adm-error-summary"/>
    <xsl:call-template name="adm-message"/>
    <xsl:choose>
      <xsl:when test="$type = 'admin-network'"><xsl:call-template name="adm-network"/></xsl:when>
      <xsl:when test="$type = 'admin'"><xsl:call-template name="adm-dashboard"/></xsl:when>
      <xsl:when test="$type = 'moderation'"><xsl:call-template name="adm-moderation"/></xsl:when>
      <xsl:when test="$type = 'featured-edit'"><xsl:call-template name="adm-featured"/></xsl:when>
      <xsl:when test="$type = 'admin-audit'"><xsl:call-template name="adm-audit-page"/></xsl:when>
      <xsl:when test="$type = 'report'"><xsl:call-template name="adm-report"/></xsl:when>
      <xsl:otherwise>
        <p class="more"><a href="/"><xsl:value-of select="ui:t('back-home')"/></a></p>
      </xsl:otherwise>
    </xsl:choose>
  </div>
</xsl:template>

<!-- The team's pages of the territory, the current one marked. -->
<xsl:template name="adm-nav">
  <xsl:if test="$tslug != '' and $type != 'report' and $type != 'admin-denied'">
    <nav class="admin-nav">
      <xsl:attribute name="aria-label">
        <xsl:value-of select="ui:t('adm-nav')"/>
      </xsl:attribute>
      <ul class="inline-list">
        <xsl:call-template name="adm-nav-item">
          <xsl:with-param name="href" select="$t-admin"/>
          <xsl:with-param name="k" select="'adm-nav-dashboard'"/>
        </xsl:call-template>
        <xsl:call-template name="adm-nav-item">
          <xsl:with-param name="href" select="concat($t-admin, 'moderation')"/>
          <xsl:with-param name="k" select="'adm-nav-moderation'"/>
        </xsl:call-template>
        <xsl:call-template name="adm-nav-item">
          <xsl:with-param name="href" select="concat($t-admin, 'une')"/>
          <xsl:with-param name="k" select="'adm-nav-featured'"/>
        </xsl:call-template>
        <xsl:if test="$is-admin">
          <xsl:call-template name="adm-nav-item">
            <xsl:with-param name="href" select="concat($t-admin, 'journal')"/>
            <xsl:with-param name="k" select="'adm-nav-audit'"/>
          </xsl:call-template>
        </xsl:if>
        <xsl:if test="/page/viewer/role[@network = '1']">
          <xsl:call-template name="adm-nav-item">
            <xsl:with-param name="href" select="'/admin/'"/>
            <xsl:with-param name="k" select="'adm-nav-network'"/>
          </xsl:call-template>
        </xsl:if>
      </ul>
    </nav>
  </xsl:if>
</xsl:template>

<xsl:template name="adm-nav-item">
  <xsl:param name="href"/>
  <xsl:param name="k"/>
  <li>
    <a href="{$href}">
      <xsl:if test="/page/@path = $href">
        <xsl:attribute name="aria-current">page</xsl:attribute>
      </xsl:if>
      <xsl:value-of select="ui:t($k)"/>
    </a>
  </li>
</xsl:template>

<!-- ==================================================================
     Messages and errors
     ================================================================== -->

<xsl:template name="adm-message">
  <xsl:if test="$mcode != ''">
    <p>
      <xsl:choose>
        <xsl:when test="$m-ok">
          <xsl:attribute name="class">message message-ok</xsl:attribute>
          <xsl:attribute name="role">status</xsl:attribute>
        </xsl:when>
        <xsl:otherwise>
          <xsl:attribute name="class">message message-error</xsl:attribute>
          <xsl:attribute name="role">alert</xsl:attribute>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:value-of select="ui:t(concat('adm-m-', $mcode))"/>
    </p>
  </xsl:if>
</xsl:template>

<!-- The id of the control of a field.  On the moderation page each
     target has its own form: its message box is f-motif-<form>-<id>. -->
<xsl:template name="adm-field-id">
  <xsl:param name="name"/>
  <xsl:choose>
    <xsl:when test="$name = 'motif' and $type = 'moderation'">
      <xsl:text>f-motif-</xsl:text>
      <xsl:choose>
        <xsl:when test="$fields/@action = 'restaurer'">rc-</xsl:when>
        <xsl:when test="$fields/@action = 'restaurer-commentaire'">rm-</xsl:when>
        <xsl:when test="$fields/@commentaire and not($fields/@contribution)">m-</xsl:when>
        <xsl:otherwise>c-</xsl:otherwise>
      </xsl:choose>
      <xsl:value-of select="$fields/@contribution | $fields/@commentaire[not($fields/@contribution)]"/>
    </xsl:when>
    <xsl:otherwise><xsl:value-of select="concat('f-', $name)"/></xsl:otherwise>
  </xsl:choose>
</xsl:template>

<xsl:template name="adm-error-text">
  <xsl:param name="f" select="."/>
  <xsl:variable name="own">
    <xsl:value-of select="ui:t(concat('adm-e-', $f/@name, '-', $f/@error))"/>
  </xsl:variable>
  <xsl:choose>
    <xsl:when test="$own != ''"><xsl:value-of select="$own"/></xsl:when>
    <xsl:otherwise>
      <xsl:value-of select="ui:t('e-invalid')"/>
    </xsl:otherwise>
  </xsl:choose>
</xsl:template>

<!-- Every field error as a link to its control, read first (autofocus). -->
<xsl:template name="adm-error-summary">
  <xsl:if test="$errors">
    <div class="error-summary" role="alert" aria-labelledby="error-summary-title"
        tabindex="-1" autofocus="autofocus">
      <h2 id="error-summary-title">
        <xsl:value-of select="ui:t('err-summary')"/>
      </h2>
      <ul>
        <xsl:for-each select="$errors">
          <li>
            <a>
              <xsl:attribute name="href">
                <xsl:text>#</xsl:text>
                <xsl:call-template name="adm-field-id">
                  <xsl:with-param name="name" select="string(@name)"/>
                </xsl:call-template>
              </xsl:attribute>
              <xsl:call-template name="adm-error-text"/>
            </a>
          </li>
        </xsl:for-each>
      </ul>
    </div>
  </xsl:if>
</xsl:template>

<!-- Label, hint and error of a control (the control itself follows, with
     adm-described).  $here: this form is the one that was sent. -->
<xsl:template name="adm-label">
  <xsl:param name="id"/>
  <xsl:param name="name"/>
  <xsl:param name="k"/>
  <xsl:param name="hint" select="''"/>
  <xsl:param name="here" select="true()"/>
  <label for="{$id}">
    <xsl:value-of select="ui:t($k)"/>
  </label>
  <xsl:if test="$hint != ''">
    <p class="hint" id="{$id}-hint">
      <xsl:value-of select="ui:t($hint)"/>
    </p>
  </xsl:if>
  <xsl:variable name="f" select="$errors[@name = $name][1]"/>
  <xsl:if test="$here and $f">
    <p class="field-error" id="{$id}-error">
      <span class="visually-hidden">
        <xsl:value-of select="ui:t('error')"/>
        <xsl:value-of select="ui:t('colon')"/>
      </span>
      <xsl:call-template name="adm-error-text">
        <xsl:with-param name="f" select="$f"/>
      </xsl:call-template>
    </p>
  </xsl:if>
</xsl:template>

<xsl:template name="adm-described">
  <xsl:param name="id"/>
  <xsl:param name="name"/>
  <xsl:param name="hint" select="''"/>
  <xsl:param name="here" select="true()"/>
  <xsl:variable name="err" select="$here and $errors[@name = $name]"/>
  <xsl:if test="$hint != '' or $err">
    <xsl:attribute name="aria-describedby">
      <xsl:if test="$hint != ''"><xsl:value-of select="concat($id, '-hint')"/></xsl:if>
      <xsl:if test="$hint != '' and $err"><xsl:text> </xsl:text></xsl:if>
      <xsl:if test="$err"><xsl:value-of select="concat($id, '-error')"/></xsl:if>
    </xsl:attribute>
  </xsl:if>
  <xsl:if test="$err">
    <xsl:attribute name="aria-invalid">true</xsl:attribute>
  </xsl:if>
</xsl:template>

<!-- A message box "motif" ($req: it must be filled). -->
<xsl:template name="adm-motif">
  <xsl:param name="id"/>
  <xsl:param name="k"/>
  <xsl:param name="hint" select="''"/>
  <xsl:param name="here" select="true()"/>
  <xsl:param name="req" select="false()"/>
  <div class="field field-wide">
    <xsl:if test="$here and $errors[@name = 'motif']">
      <xsl:attribute name="class">field field-wide field-invalid</xsl:attribute>
    </xsl:if>
    <xsl:call-template name="adm-label">
      <xsl:with-param name="id" select="$id"/>
      <xsl:with-param name="name" select="'motif'"/>
      <xsl:with-param name="k" select="$k"/>
      <xsl:with-param name="hint" select="$hint"/>
      <xsl:with-param name="here" select="$here"/>
    </xsl:call-template>
    <textarea id="{$id}" name="motif" rows="3" maxlength="1000">
      <xsl:if test="$req">
        <xsl:attribute name="required">required</xsl:attribute>
      </xsl:if>
      <xsl:call-template name="adm-described">
        <xsl:with-param name="id" select="$id"/>
        <xsl:with-param name="name" select="'motif'"/>
        <xsl:with-param name="hint" select="$hint"/>
        <xsl:with-param name="here" select="$here"/>
      </xsl:call-template>
      <xsl:if test="$here">
        <xsl:value-of select="$fields/field[@name = 'motif'][1]/@value"/>
      </xsl:if>
    </textarea>
  </div>
</xsl:template>

<xsl:template name="adm-csrf">
  <input type="hidden" name="csrf" value="{$csrf}"/>
</xsl:template>

<!-- A submit button "action=$action", its words $k, then (for screen
     readers) what it acts on. -->
<xsl:template name="adm-button">
  <xsl:param name="action"/>
  <xsl:param name="k"/>
  <xsl:param name="about" select="''"/>
  <xsl:param name="class" select="''"/>
  <button type="submit" name="action" value="{$action}">
    <xsl:if test="$class != ''">
      <xsl:attribute name="class"><xsl:value-of select="$class"/></xsl:attribute>
    </xsl:if>
    <xsl:value-of select="ui:t($k)"/>
    <xsl:if test="normalize-space($about) != ''">
      <span class="visually-hidden">
        <xsl:value-of select="ui:t('colon')"/>
        <xsl:value-of select="normalize-space($about)"/>
      </span>
    </xsl:if>
  </button>
</xsl:template>

<xsl:template name="adm-role-name">
  <xsl:param name="r" select="@role"/>
  <xsl:value-of select="ui:t(concat('adm-role-', $r))"/>
</xsl:template>

<!-- "3 signalements en attente" -->
<xsl:template name="adm-open">
  <xsl:param name="n"/>
  <xsl:choose>
    <xsl:when test="number($n) = 0">
      <xsl:value-of select="ui:t('adm-open-0')"/>
    </xsl:when>
    <xsl:otherwise>
      <strong><xsl:value-of select="$n"/></strong>
      <xsl:text> </xsl:text>
      <xsl:call-template name="t">
        <xsl:with-param name="k">
          <xsl:choose>
            <xsl:when test="number($n) = 1">adm-open-1</xsl:when>
            <xsl:otherwise>adm-open-n</xsl:otherwise>
          </xsl:choose>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:otherwise>
  </xsl:choose>
</xsl:template>

<!-- A member's name as a link to the profile (none once deleted). -->
<xsl:template name="adm-member">
  <xsl:param name="m" select="."/>
  <xsl:choose>
    <xsl:when test="$m/@url">
      <a href="{$m/@url}"><xsl:value-of select="$m/name | $m[not(name)]"/></a>
    </xsl:when>
    <xsl:when test="normalize-space($m) != ''"><xsl:value-of select="$m"/></xsl:when>
    <xsl:otherwise>
      <xsl:value-of select="ui:t('adm-account-gone')"/>
    </xsl:otherwise>
  </xsl:choose>
</xsl:template>

<!-- ==================================================================
     /admin/: the network
     ================================================================== -->

<xsl:template name="adm-network">
  <p class="intro">
    <xsl:value-of select="ui:t('adm-network-intro')"/>
  </p>
  <ul class="admin-territories">
    <xsl:for-each select="/page/admin-territories/territory">
      <li class="admin-card">
        <h2>
          <xsl:choose>
            <xsl:when test="@network = '1'">
              <xsl:value-of select="ui:t('adm-network-team')"/>
            </xsl:when>
            <xsl:otherwise>
              <a href="{@url}"><xsl:value-of select="name"/></a>
            </xsl:otherwise>
          </xsl:choose>
        </h2>
        <xsl:if test="@network != '1'">
          <p>
            <xsl:call-template name="adm-open">
              <xsl:with-param name="n" select="@reports"/>
            </xsl:call-template>
          </p>
        </xsl:if>
        <xsl:call-template name="adm-team-list">
          <xsl:with-param name="members" select="team/member"/>
        </xsl:call-template>
        <xsl:if test="@network != '1'">
          <ul class="inline-list admin-links">
            <li><a href="{@url}">
              <xsl:value-of select="ui:t('adm-nav-dashboard')"/>
              <span class="visually-hidden"><xsl:value-of select="concat(' – ', name)"/></span>
            </a></li>
            <li><a href="{@url}moderation">
              <xsl:value-of select="ui:t('adm-nav-moderation')"/>
              <span class="visually-hidden"><xsl:value-of select="concat(' – ', name)"/></span>
            </a></li>
            <li><a href="{@url}une">
              <xsl:value-of select="ui:t('adm-nav-featured')"/>
              <span class="visually-hidden"><xsl:value-of select="concat(' – ', name)"/></span>
            </a></li>
            <li><a href="{@url}journal">
              <xsl:value-of select="ui:t('adm-nav-audit')"/>
              <span class="visually-hidden"><xsl:value-of select="concat(' – ', name)"/></span>
            </a></li>
          </ul>
        </xsl:if>
      </li>
    </xsl:for-each>
  </ul>
</xsl:template>

<!-- Names and roles, or "nobody yet". -->
<xsl:template name="adm-team-list">
  <xsl:param name="members"/>
  <xsl:choose>
    <xsl:when test="$members">
      <ul class="admin-team">
        <xsl:for-each select="$members">
          <li>
            <xsl:call-template name="adm-member"/>
            <xsl:text> – </xsl:text>
            <xsl:call-template name="adm-role-name"/>
          </li>
        </xsl:for-each>
      </ul>
    </xsl:when>
    <xsl:otherwise>
      <p class="empty">
        <xsl:value-of select="ui:t('adm-team-none')"/>
      </p>
    </xsl:otherwise>
  </xsl:choose>
</xsl:template>

<!-- ==================================================================
     /<t>/admin/: the dashboard
     ================================================================== -->

<xsl:template name="adm-dashboard">
  <xsl:variable name="d" select="/page/dashboard"/>
  <section class="block" aria-labelledby="h-reports">
    <h2 id="h-reports">
      <xsl:value-of select="ui:t('adm-nav-moderation')"/>
    </h2>
    <p>
      <xsl:call-template name="adm-open">
        <xsl:with-param name="n" select="$d/@open"/>
      </xsl:call-template>
      <xsl:text> </xsl:text>
      <a href="{$t-admin}moderation">
        <xsl:value-of select="ui:t('adm-to-queue')"/>
      </a>
    </p>
    <p>
      <a href="{$t-admin}une">
        <xsl:value-of select="ui:t('adm-to-featured')"/>
      </a>
    </p>
  </section>

  <section class="block" aria-labelledby="h-team">
    <h2 id="h-team">
      <xsl:value-of select="ui:t('adm-team')"/>
    </h2>
    <p class="intro">
      <xsl:value-of select="ui:t('adm-team-intro')"/>
    </p>
    <xsl:choose>
      <xsl:when test="$d/team/member">
        <ul class="admin-list">
          <xsl:for-each select="$d/team/member">
            <li>
              <div class="admin-list-main">
                <xsl:call-template name="adm-member"/>
                <xsl:if test="@id = /page/viewer/@id">
                  <xsl:text> (</xsl:text>
                  <xsl:value-of select="ui:t('adm-you')"/>
                  <xsl:text>)</xsl:text>
                </xsl:if>
                <xsl:text> – </xsl:text>
                <strong><xsl:call-template name="adm-role-name"/></strong>
                <xsl:if test="granted">
                  <span class="hint">
                    <xsl:text> </xsl:text>
                    <xsl:value-of select="ui:t('adm-granted')"/>
                    <xsl:text> </xsl:text>
                    <xsl:call-template name="time-date-short">
                      <xsl:with-param name="d" select="granted"/>
                    </xsl:call-template>
                  </span>
                </xsl:if>
              </div>
              <xsl:if test="$d/@role = 'admin'">
                <form method="post" action="{$t-admin}roles" class="admin-inline-form">
                  <xsl:call-template name="adm-csrf"/>
                  <input type="hidden" name="membre" value="{@id}"/>
                  <input type="hidden" name="role" value="none"/>
                  <button type="submit" class="button-secondary">
                    <xsl:value-of select="ui:t('adm-remove')"/>
                    <span class="visually-hidden">
                      <xsl:value-of select="ui:t('colon')"/>
                      <xsl:value-of select="name"/>
                    </span>
                  </button>
                </form>
              </xsl:if>
            </li>
          </xsl:for-each>
        </ul>
      </xsl:when>
      <xsl:otherwise>
        <p class="empty">
          <xsl:value-of select="ui:t('adm-team-none')"/>
        </p>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:if test="$d/@role = 'admin'">
      <xsl:call-template name="adm-grant-form"/>
    </xsl:if>
  </section>

  <xsl:if test="$d/@role = 'admin'">
    <section class="block" aria-labelledby="h-audit">
      <h2 id="h-audit">
        <xsl:value-of select="ui:t('adm-latest')"/>
      </h2>
      <xsl:call-template name="adm-audit-table">
        <xsl:with-param name="entries" select="$d/audit/entry"/>
        <xsl:with-param name="caption" select="'adm-latest'"/>
      </xsl:call-template>
      <p class="more">
        <a href="{$t-admin}journal">
          <xsl:value-of select="ui:t('adm-all-audit')"/>
        </a>
      </p>
    </section>
  </xsl:if>
</xsl:template>

<xsl:template name="adm-grant-form">
  <h3 id="h-grant">
    <xsl:value-of select="ui:t('adm-grant')"/>
  </h3>
  <p class="hint" id="grant-intro">
    <xsl:value-of select="ui:t('adm-grant-intro')"/>
  </p>
  <form method="post" action="{$t-admin}roles" class="account-form admin-form"
      aria-labelledby="h-grant" aria-describedby="grant-intro">
    <xsl:call-template name="adm-csrf"/>
    <xsl:call-template name="adm-input">
      <xsl:with-param name="name" select="'membre'"/>
      <xsl:with-param name="k" select="'adm-l-membre'"/>
      <xsl:with-param name="inputmode" select="'numeric'"/>
    </xsl:call-template>
    <xsl:call-template name="adm-input">
      <xsl:with-param name="name" select="'courriel'"/>
      <xsl:with-param name="k" select="'adm-l-courriel'"/>
      <xsl:with-param name="input-type" select="'email'"/>
    </xsl:call-template>
    <xsl:variable name="rv" select="string($fields/field[@name = 'role'][1]/@value)"/>
    <div class="field">
      <xsl:if test="$errors[@name = 'role']">
        <xsl:attribute name="class">field field-invalid</xsl:attribute>
      </xsl:if>
      <xsl:call-template name="adm-label">
        <xsl:with-param name="id" select="'f-role'"/>
        <xsl:with-param name="name" select="'role'"/>
        <xsl:with-param name="k" select="'adm-l-role'"/>
      </xsl:call-template>
      <select id="f-role" name="role" required="required">
        <xsl:call-template name="adm-described">
          <xsl:with-param name="id" select="'f-role'"/>
          <xsl:with-param name="name" select="'role'"/>
        </xsl:call-template>
        <option value="">
          <xsl:value-of select="ui:t('choose')"/>
        </option>
        <option value="editor">
          <xsl:if test="$rv = 'editor'">
            <xsl:attribute name="selected">selected</xsl:attribute>
          </xsl:if>
          <xsl:value-of select="ui:t('adm-role-editor')"/>
        </option>
        <option value="admin">
          <xsl:if test="$rv = 'admin'">
            <xsl:attribute name="selected">selected</xsl:attribute>
          </xsl:if>
          <xsl:value-of select="ui:t('adm-role-admin')"/>
        </option>
      </select>
    </div>
    <div class="form-actions">
      <button type="submit">
        <xsl:value-of select="ui:t('adm-b-grant')"/>
      </button>
    </div>
  </form>
</xsl:template>

<!-- An optional text field of one line, pre-filled with what was sent. -->
<xsl:template name="adm-input">
  <xsl:param name="name"/>
  <xsl:param name="k"/>
  <xsl:param name="hint" select="''"/>
  <xsl:param name="input-type" select="'text'"/>
  <xsl:param name="inputmode" select="''"/>
  <xsl:variable name="id" select="concat('f-', $name)"/>
  <div class="field">
    <xsl:if test="$errors[@name = $name]">
      <xsl:attribute name="class">field field-invalid</xsl:attribute>
    </xsl:if>
    <xsl:call-template name="adm-label">
      <xsl:with-param name="id" select="$id"/>
      <xsl:with-param name="name" select="$name"/>
      <xsl:with-param name="k" select="$k"/>
      <xsl:with-param name="hint" select="$hint"/>
    </xsl:call-template>
    <input type="{$input-type}" id="{$id}" name="{$name}" autocomplete="off">
      <xsl:if test="$inputmode != ''">
        <xsl:attribute name="inputmode"><xsl:value-of select="$inputmode"/></xsl:attribute>
      </xsl:if>
      <xsl:if test="$input-type = 'email' or $inputmode = 'url'">
        <xsl:attribute name="maxlength">
          <xsl:choose>
            <xsl:when test="$input-type = 'email'">254</xsl:when>
            <xsl:otherwise>500</xsl:otherwise>
          </xsl:choose>
        </xsl:attribute>
        <xsl:attribute name="spellcheck">false</xsl:attribute>
        <xsl:attribute name="autocapitalize">none</xsl:attribute>
      </xsl:if>
      <xsl:call-template name="adm-described">
        <xsl:with-param name="id" select="$id"/>
        <xsl:with-param name="name" select="$name"/>
        <xsl:with-param name="hint" select="$hint"/>
      </xsl:call-template>
      <xsl:if test="$fields/field[@name = $name][1]/@value">
        <xsl:attribute name="value">
          <xsl:value-of select="$fields/field[@name = $name][1]/@value"/>
        </xsl:attribute>
      </xsl:if>
    </input>
  </div>
</xsl:template>

<!-- ==================================================================
     The audit log
     ================================================================== -->

<xsl:template name="adm-audit-page">
  <p class="intro">
    <xsl:value-of select="ui:t('adm-audit-intro')"/>
  </p>
  <xsl:call-template name="adm-audit-table">
    <xsl:with-param name="entries" select="/page/audit/entry"/>
    <xsl:with-param name="caption" select="'adm-title-admin-audit'"/>
  </xsl:call-template>
  <xsl:if test="/page/audit/next/@href">
    <nav class="pager">
      <xsl:attribute name="aria-label">
        <xsl:value-of select="ui:t('adm-older')"/>
      </xsl:attribute>
      <a rel="next" href="{/page/audit/next/@href}">
        <xsl:value-of select="ui:t('adm-older')"/>
        <span aria-hidden="true"> →</span>
      </a>
    </nav>
  </xsl:if>
</xsl:template>

<xsl:template name="adm-audit-table">
  <xsl:param name="entries"/>
  <xsl:param name="caption"/>
  <xsl:choose>
    <xsl:when test="$entries">
      <div class="table-scroll" role="region" tabindex="0">
        <xsl:attribute name="aria-label">
          <xsl:value-of select="ui:t($caption)"/>
        </xsl:attribute>
        <table class="admin-table">
          <thead>
            <tr>
              <th scope="col"><xsl:value-of select="ui:t('adm-when')"/></th>
              <th scope="col"><xsl:value-of select="ui:t('adm-who')"/></th>
              <th scope="col"><xsl:value-of select="ui:t('adm-what')"/></th>
              <th scope="col"><xsl:value-of select="ui:t('adm-on')"/></th>
              <th scope="col"><xsl:value-of select="ui:t('adm-detail')"/></th>
            </tr>
          </thead>
          <tbody>
            <xsl:for-each select="$entries">
              <tr>
                <td class="nowrap">
                  <xsl:call-template name="time-date-time">
                    <xsl:with-param name="d" select="created"/>
                  </xsl:call-template>
                </td>
                <td>
                  <xsl:call-template name="adm-member">
                    <xsl:with-param name="m" select="actor"/>
                  </xsl:call-template>
                </td>
                <td>
                  <xsl:variable name="label">
                    <xsl:value-of select="ui:t(concat('act-', @action))"/>
                  </xsl:variable>
                  <xsl:choose>
                    <xsl:when test="$label != ''"><xsl:value-of select="$label"/></xsl:when>
                    <xsl:otherwise><xsl:value-of select="@action"/></xsl:otherwise>
                  </xsl:choose>
                </td>
                <td>
                  <xsl:call-template name="adm-audit-target"/>
                </td>
                <td class="admin-detail">
                  <xsl:choose>
                    <xsl:when test="starts-with(@action, 'role-')
                        and (detail = 'editor' or detail = 'admin')">
                      <xsl:call-template name="adm-role-name">
                        <xsl:with-param name="r" select="string(detail)"/>
                      </xsl:call-template>
                    </xsl:when>
                    <xsl:otherwise><xsl:value-of select="detail"/></xsl:otherwise>
                  </xsl:choose>
                </td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </div>
    </xsl:when>
    <xsl:otherwise>
      <p class="empty">
        <xsl:value-of select="ui:t('adm-audit-empty')"/>
      </p>
    </xsl:otherwise>
  </xsl:choose>
</xsl:template>

<xsl:template name="adm-audit-target">
  <xsl:variable name="tg" select="target"/>
  <xsl:if test="$tg/@kind = 'comment'">
    <xsl:value-of select="ui:t('adm-comment-on')"/>
    <xsl:text> </xsl:text>
  </xsl:if>
  <xsl:choose>
    <xsl:when test="$tg/@url and normalize-space($tg) != ''">
      <a href="{$tg/@url}"><xsl:value-of select="$tg"/></a>
    </xsl:when>
    <xsl:otherwise>
      <xsl:value-of select="concat('#', $tg/@id, ' ')"/>
      <xsl:value-of select="ui:t('adm-deleted')"/>
    </xsl:otherwise>
  </xsl:choose>
</xsl:template>

<!-- ==================================================================
     /<t>/admin/moderation: the queue
     ================================================================== -->

<xsl:template name="adm-moderation">
  <xsl:variable name="q" select="/page/queue"/>
  <section class="block" aria-labelledby="h-queue">
    <h2 id="h-queue">
      <xsl:value-of select="ui:t('adm-queue')"/>
    </h2>
    <p>
      <xsl:call-template name="adm-open">
        <xsl:with-param name="n" select="$q/@open"/>
      </xsl:call-template>
    </p>
    <p class="intro">
      <xsl:value-of select="ui:t('adm-queue-intro')"/>
    </p>
    <xsl:if test="$q/target">
      <ol class="admin-queue">
        <xsl:for-each select="$q/target">
          <li class="admin-card">
            <xsl:call-template name="adm-queue-target"/>
          </li>
        </xsl:for-each>
      </ol>
    </xsl:if>
  </section>

  <section class="block" aria-labelledby="h-unpublished">
    <h2 id="h-unpublished">
      <xsl:value-of select="ui:t('adm-unpublished')"/>
    </h2>
    <xsl:choose>
      <xsl:when test="/page/unpublished/contribution">
        <ul class="admin-queue">
          <xsl:for-each select="/page/unpublished/contribution">
            <li class="admin-card">
              <h3>
                <xsl:call-template name="kind-label"/>
                <xsl:value-of select="concat(' #', @id, ' – ')"/>
                <xsl:value-of select="title"/>
              </h3>
              <p>
                <xsl:value-of select="ui:t('adm-author')"/>
                <xsl:value-of select="ui:t('colon')"/>
                <xsl:call-template name="adm-member">
                  <xsl:with-param name="m" select="author"/>
                </xsl:call-template>
              </p>
              <p>
                <xsl:value-of select="ui:t('adm-note')"/>
                <xsl:value-of select="ui:t('colon')"/>
              </p>
              <blockquote class="admin-quote"><p><xsl:value-of select="note"/></p></blockquote>
              <xsl:call-template name="adm-restore-form">
                <xsl:with-param name="form" select="'rc'"/>
                <xsl:with-param name="field" select="'contribution'"/>
                <xsl:with-param name="action" select="'restaurer'"/>
                <xsl:with-param name="k" select="'adm-b-restore'"/>
              </xsl:call-template>
            </li>
          </xsl:for-each>
        </ul>
      </xsl:when>
      <xsl:otherwise>
        <p class="empty">
          <xsl:value-of select="ui:t('adm-unpublished-empty')"/>
        </p>
      </xsl:otherwise>
    </xsl:choose>
  </section>

  <section class="block" aria-labelledby="h-hidden">
    <h2 id="h-hidden">
      <xsl:value-of select="ui:t('adm-hidden-comments')"/>
    </h2>
    <xsl:choose>
      <xsl:when test="/page/hidden-comments/comment">
        <ul class="admin-queue">
          <xsl:for-each select="/page/hidden-comments/comment">
            <li class="admin-card">
              <h3>
                <xsl:value-of select="ui:t('adm-comment-on')"/>
                <xsl:text> </xsl:text>
                <xsl:value-of select="contribution/title"/>
              </h3>
              <p>
                <xsl:value-of select="ui:t('adm-author')"/>
                <xsl:value-of select="ui:t('colon')"/>
                <xsl:call-template name="adm-member">
                  <xsl:with-param name="m" select="author"/>
                </xsl:call-template>
              </p>
              <blockquote class="admin-quote"><p><xsl:value-of select="excerpt"/></p></blockquote>
              <xsl:call-template name="adm-restore-form">
                <xsl:with-param name="form" select="'rm'"/>
                <xsl:with-param name="field" select="'commentaire'"/>
                <xsl:with-param name="action" select="'restaurer-commentaire'"/>
                <xsl:with-param name="k" select="'adm-b-restore-comment'"/>
              </xsl:call-template>
            </li>
          </xsl:for-each>
        </ul>
      </xsl:when>
      <xsl:otherwise>
        <p class="empty">
          <xsl:value-of select="ui:t('adm-hidden-empty')"/>
        </p>
      </xsl:otherwise>
    </xsl:choose>
  </section>
</xsl:template>

<!-- One reported contribution or comment: what it is, its reports, and
     one form with what the team can do. -->
<xsl:template name="adm-queue-target">
  <xsl:variable name="c" select="contribution"/>
  <xsl:variable name="is-comment" select="@kind = 'comment'"/>
  <xsl:variable name="form">
    <xsl:choose>
      <xsl:when test="$is-comment">m</xsl:when>
      <xsl:otherwise>c</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="field">
    <xsl:choose>
      <xsl:when test="$is-comment">commentaire</xsl:when>
      <xsl:otherwise>contribution</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="live" select="($is-comment and comment/@status = 'published')
      or (not($is-comment) and $c/@status = 'published')"/>
  <xsl:variable name="here" select="$fields/@*[name() = $field] = @id
      and not($fields/@action = 'restaurer' or $fields/@action = 'restaurer-commentaire')"/>
  <h3>
    <xsl:if test="$is-comment">
      <xsl:value-of select="ui:t('adm-comment-on')"/>
      <xsl:text> </xsl:text>
    </xsl:if>
    <xsl:choose>
      <xsl:when test="$c/@url and $c/@status = 'published'">
        <a href="{$c/@url}"><xsl:value-of select="$c/title"/></a>
      </xsl:when>
      <xsl:when test="$c">
        <xsl:value-of select="$c/title"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="concat('#', @id)"/>
      </xsl:otherwise>
    </xsl:choose>
  </h3>
  <p class="card-kind">
    <xsl:choose>
      <xsl:when test="$is-comment">
        <xsl:value-of select="ui:t('adm-kind-comment')"/>
      </xsl:when>
      <xsl:when test="$c">
        <xsl:call-template name="kind-label">
          <xsl:with-param name="kind" select="$c/@kind"/>
        </xsl:call-template>
      </xsl:when>
    </xsl:choose>
    <xsl:if test="($c or $is-comment) and not($live)">
      <xsl:text> </xsl:text>
      <strong class="badge badge-cancelled">
        <xsl:value-of select="ui:t('adm-status-unpublished')"/>
      </strong>
    </xsl:if>
  </p>
  <xsl:choose>
    <xsl:when test="not($c) or ($is-comment and not(comment))">
      <p class="empty">
        <xsl:value-of select="ui:t('adm-target-gone')"/>
      </p>
    </xsl:when>
    <xsl:otherwise>
      <xsl:choose>
        <xsl:when test="$is-comment">
          <blockquote class="admin-quote"><p><xsl:value-of select="comment/excerpt"/></p></blockquote>
        </xsl:when>
        <xsl:when test="normalize-space($c/summary) != ''">
          <p class="card-summary"><xsl:value-of select="$c/summary"/></p>
        </xsl:when>
      </xsl:choose>
      <p>
        <xsl:value-of select="ui:t('adm-author')"/>
        <xsl:value-of select="ui:t('colon')"/>
        <xsl:call-template name="adm-member">
          <xsl:with-param name="m" select="author"/>
        </xsl:call-template>
      </p>
    </xsl:otherwise>
  </xsl:choose>
  <ul class="admin-reports">
    <xsl:for-each select="report">
      <li>
        <p class="hint">
          <xsl:value-of select="ui:t('adm-reported')"/>
          <xsl:text> </xsl:text>
          <xsl:call-template name="time-date-time">
            <xsl:with-param name="d" select="created"/>
          </xsl:call-template>
          <xsl:text> </xsl:text>
          <xsl:value-of select="ui:t('adm-reported-by')"/>
          <xsl:text> </xsl:text>
          <xsl:call-template name="adm-member">
            <xsl:with-param name="m" select="reporter"/>
          </xsl:call-template>
        </p>
        <blockquote class="admin-quote"><p><xsl:value-of select="reason"/></p></blockquote>
      </li>
    </xsl:for-each>
  </ul>
  <form method="post" action="{$t-admin}moderation" class="admin-form">
    <xsl:call-template name="adm-csrf"/>
    <input type="hidden" name="{$field}" value="{@id}"/>
    <xsl:call-template name="adm-motif">
      <xsl:with-param name="id" select="concat('f-motif-', $form, '-', @id)"/>
      <xsl:with-param name="k" select="'adm-l-motif'"/>
      <xsl:with-param name="hint" select="'adm-h-motif'"/>
      <xsl:with-param name="here" select="$here"/>
    </xsl:call-template>
    <div class="form-actions admin-actions">
      <xsl:if test="$live">
        <xsl:call-template name="adm-button">
          <xsl:with-param name="action">
            <xsl:choose>
              <xsl:when test="$is-comment">depublier-commentaire</xsl:when>
              <xsl:otherwise>depublier</xsl:otherwise>
            </xsl:choose>
          </xsl:with-param>
          <xsl:with-param name="k">
            <xsl:choose>
              <xsl:when test="$is-comment">adm-b-unpublish-comment</xsl:when>
              <xsl:otherwise>adm-b-unpublish</xsl:otherwise>
            </xsl:choose>
          </xsl:with-param>
          <xsl:with-param name="about" select="$c/title"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:call-template name="adm-button">
        <xsl:with-param name="action" select="'classer'"/>
        <xsl:with-param name="k" select="'adm-b-dismiss'"/>
        <xsl:with-param name="about" select="$c/title"/>
        <xsl:with-param name="class" select="'button-secondary'"/>
      </xsl:call-template>
    </div>
  </form>
</xsl:template>

<xsl:template name="adm-restore-form">
  <xsl:param name="form"/>
  <xsl:param name="field"/>
  <xsl:param name="action"/>
  <xsl:param name="k"/>
  <form method="post" action="{$t-admin}moderation" class="admin-form">
    <xsl:call-template name="adm-csrf"/>
    <input type="hidden" name="{$field}" value="{@id}"/>
    <xsl:call-template name="adm-motif">
      <xsl:with-param name="id" select="concat('f-motif-', $form, '-', @id)"/>
      <xsl:with-param name="k" select="'adm-l-motif-opt'"/>
      <xsl:with-param name="here" select="$fields/@action = $action
          and $fields/@*[name() = $field] = current()/@id"/>
    </xsl:call-template>
    <div class="form-actions">
      <xsl:call-template name="adm-button">
        <xsl:with-param name="action" select="$action"/>
        <xsl:with-param name="k" select="$k"/>
        <xsl:with-param name="about" select="title | contribution/title"/>
      </xsl:call-template>
    </div>
  </form>
</xsl:template>

<!-- ==================================================================
     /<t>/admin/une: "à la une"
     ================================================================== -->

<xsl:template name="adm-featured">
  <xsl:variable name="f" select="/page/featured"/>
  <xsl:variable name="n" select="count($f/item)"/>
  <p class="intro">
    <xsl:value-of select="ui:t('adm-featured-intro')"/>
    <xsl:text> </xsl:text>
    <a href="{$thome}">
      <xsl:value-of select="ui:t('adm-see-home')"/>
    </a>
  </p>
  <section class="block" aria-labelledby="h-featured">
    <h2 id="h-featured">
      <xsl:value-of select="ui:t('adm-title-featured-edit')"/>
      <xsl:value-of select="concat(' (', $n, '/', $f/@max, ')')"/>
    </h2>
    <xsl:choose>
      <xsl:when test="$f/item">
        <ol class="admin-featured">
          <xsl:for-each select="$f/item">
            <li class="admin-card">
              <div class="admin-list-main">
                <p class="card-kind">
                  <xsl:call-template name="kind-label"/>
                  <xsl:if test="@status != 'published'">
                    <xsl:text> </xsl:text>
                    <strong class="badge badge-cancelled">
                      <xsl:value-of select="ui:t('adm-hidden-item')"/>
                    </strong>
                  </xsl:if>
                </p>
                <h3>
                  <xsl:choose>
                    <xsl:when test="@status = 'published'">
                      <a href="{@url}"><xsl:value-of select="title"/></a>
                    </xsl:when>
                    <xsl:otherwise><xsl:value-of select="title"/></xsl:otherwise>
                  </xsl:choose>
                </h3>
              </div>
              <form method="post" action="{$t-admin}une" class="admin-inline-form">
                <xsl:call-template name="adm-csrf"/>
                <input type="hidden" name="contribution" value="{@id}"/>
                <xsl:if test="position() &gt; 1">
                  <xsl:call-template name="adm-button">
                    <xsl:with-param name="action" select="'monter'"/>
                    <xsl:with-param name="k" select="'adm-b-up'"/>
                    <xsl:with-param name="about" select="title"/>
                    <xsl:with-param name="class" select="'button-secondary'"/>
                  </xsl:call-template>
                </xsl:if>
                <xsl:if test="position() &lt; last()">
                  <xsl:call-template name="adm-button">
                    <xsl:with-param name="action" select="'descendre'"/>
                    <xsl:with-param name="k" select="'adm-b-down'"/>
                    <xsl:with-param name="about" select="title"/>
                    <xsl:with-param name="class" select="'button-secondary'"/>
                  </xsl:call-template>
                </xsl:if>
                <xsl:call-template name="adm-button">
                  <xsl:with-param name="action" select="'retirer'"/>
                  <xsl:with-param name="k" select="'adm-b-remove'"/>
                  <xsl:with-param name="about" select="title"/>
                  <xsl:with-param name="class" select="'button-secondary'"/>
                </xsl:call-template>
              </form>
            </li>
          </xsl:for-each>
        </ol>
      </xsl:when>
      <xsl:otherwise>
        <p class="empty">
          <xsl:value-of select="ui:t('adm-featured-empty')"/>
        </p>
      </xsl:otherwise>
    </xsl:choose>
  </section>

  <section class="block" aria-labelledby="h-add">
    <h2 id="h-add">
      <xsl:value-of select="ui:t('adm-add')"/>
    </h2>
    <p class="hint" id="add-intro">
      <xsl:value-of select="ui:t('adm-add-intro')"/>
    </p>
    <form method="post" action="{$t-admin}une" class="account-form admin-form"
        aria-labelledby="h-add" aria-describedby="add-intro">
      <xsl:call-template name="adm-csrf"/>
      <xsl:call-template name="adm-input">
        <xsl:with-param name="name" select="'contribution'"/>
        <xsl:with-param name="k" select="'adm-l-contribution'"/>
        <xsl:with-param name="inputmode" select="'numeric'"/>
      </xsl:call-template>
      <xsl:call-template name="adm-input">
        <xsl:with-param name="name" select="'lien'"/>
        <xsl:with-param name="k" select="'adm-l-lien'"/>
        <xsl:with-param name="hint" select="'adm-h-lien'"/>
        <!-- Text, not url: what was typed comes back as it was, even
             when it is not an address. -->
        <xsl:with-param name="inputmode" select="'url'"/>
      </xsl:call-template>
      <div class="form-actions">
        <xsl:call-template name="adm-button">
          <xsl:with-param name="action" select="'ajouter'"/>
          <xsl:with-param name="k" select="'adm-b-add'"/>
        </xsl:call-template>
      </div>
    </form>
  </section>
</xsl:template>

<!-- ==================================================================
     /signaler: a member reports a contribution or a comment
     ================================================================== -->

<xsl:template name="adm-report">
  <xsl:variable name="tg" select="/page/target"/>
  <section class="block" aria-labelledby="h-target">
    <h2 id="h-target">
      <xsl:call-template name="t">
        <xsl:with-param name="k">
          <xsl:choose>
            <xsl:when test="$tg/@kind = 'comment'">adm-report-comment</xsl:when>
            <xsl:otherwise>adm-report-what</xsl:otherwise>
          </xsl:choose>
        </xsl:with-param>
      </xsl:call-template>
    </h2>
    <p>
      <a href="{$tg/@url}"><xsl:value-of select="$tg/title"/></a>
    </p>
    <xsl:if test="$tg/excerpt">
      <blockquote class="admin-quote"><p><xsl:value-of select="$tg/excerpt"/></p></blockquote>
    </xsl:if>
  </section>
  <xsl:choose>
    <xsl:when test="$mcode = 'reported' or $mcode = 'already-reported'">
      <p class="more">
        <a href="{$tg/@url}">
          <xsl:value-of select="ui:t('adm-back-target')"/>
        </a>
      </p>
    </xsl:when>
    <xsl:otherwise>
      <p class="intro">
        <xsl:value-of select="ui:t('adm-report-intro')"/>
      </p>
      <form method="post" action="/signaler" class="account-form admin-form">
        <xsl:call-template name="adm-csrf"/>
        <xsl:choose>
          <xsl:when test="$tg/@kind = 'comment'">
            <input type="hidden" name="commentaire" value="{$tg/@id}"/>
          </xsl:when>
          <xsl:otherwise>
            <input type="hidden" name="contribution" value="{$tg/@id}"/>
          </xsl:otherwise>
        </xsl:choose>
        <xsl:call-template name="adm-motif">
          <xsl:with-param name="id" select="'f-motif'"/>
          <xsl:with-param name="k" select="'adm-l-motif-report'"/>
          <xsl:with-param name="hint" select="'adm-h-motif-report'"/>
          <xsl:with-param name="req" select="true()"/>
        </xsl:call-template>
        <div class="form-actions">
          <button type="submit">
            <xsl:value-of select="ui:t('adm-b-report')"/>
          </button>
        </div>
      </form>
    </xsl:otherwise>
  </xsl:choose>
</xsl:template>

</xsl:stylesheet>
