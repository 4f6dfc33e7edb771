<?xml version="1.0" encoding="UTF-8"?>
<!--
  contribute.xsl: "Je contribue", the pages where members write
  (cgi-bin/page-contribute.c), all network-wide and private:

    contribute            /contribuer                  what to write
    contribution-form     /contribuer/<kind>,          the form, new or
                          /contributions/ID/modifier   existing (<form>)
    contribution-delete   /contributions/ID/supprimer  asks, then deletes
    my-contributions      /compte/contributions        the member's own

  The form page has <form action kind id? status? url?> (the stored
  contribution's state, image, attachment, moderation note), <fields>
  (<field name value error>: what was typed or stored, a code when it is
  wrong; repeated for "partage"), <timings> and <elements> (numbered rows,
  blank ones included), <themes>, <structures>, <places> and, after
  "Aperçu", <preview>.  Errors: a summary first (links to the fields),
  a message tied to each control (aria-describedby, aria-invalid).

  Imported (not included) so that $account-page, below, wins: these
  pages have no twin to announce and nothing to index.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:ui="tag:echosciences.fr,2026:ui"
    exclude-result-prefixes="ui">

<xsl:import href="layout.xsl"/>

<!-- The places of the event form, by city. -->
<xsl:key name="jc-place-city" match="/page/places/place" use="string(city)"/>

<xsl:variable name="account-page" select="true()"/>

<xsl:variable name="jc-type" select="string(/page/@type)"/>
<xsl:variable name="jc-kind" select="string(/page/@kind)"/>
<xsl:variable name="jc-csrf" select="string(/page/csrf/@value)"/>
<xsl:variable name="jc-form" select="/page/form"/>
<xsl:variable name="jc-mcode" select="string(/page/message/@code)"/>
<xsl:variable name="jc-errors" select="/page/fields/field[normalize-space(@error) != '']
    | /page/timings[@error] | /page/timings/timing[@error]
    | /page/elements[@error] | /page/elements/element[@error]"/>

<!-- ==================================================================
     Title, head, main
     ================================================================== -->

<xsl:template match="page" mode="title">
  <xsl:if test="$jc-errors">
    <xsl:value-of select="ui:t('error')"/>
    <xsl:value-of select="ui:t('colon')"/>
  </xsl:if>
  <xsl:call-template name="jc-heading"/>
</xsl:template>

<xsl:template match="page" mode="head">
  <meta name="robots" content="noindex"/>
</xsl:template>

<xsl:template name="jc-heading">
  <xsl:call-template name="t">
    <xsl:with-param name="k">
      <xsl:choose>
        <xsl:when test="$jc-type = 'contribute'">jc-nav</xsl:when>
        <xsl:when test="$jc-type = 'my-contributions'">jc-mine</xsl:when>
        <xsl:when test="$jc-type = 'contribution-delete'">jc-delete-title</xsl:when>
        <xsl:when test="$jc-form/@id">jc-edit-<xsl:value-of select="$jc-kind"/></xsl:when>
        <xsl:otherwise>jc-new-<xsl:value-of select="$jc-kind"/></xsl:otherwise>
      </xsl:choose>
    </xsl:with-param>
  </xsl:call-template>
</xsl:template>

<xsl:template match="page" mode="main">
  <div class="wrap wrap-narrow account-page contribute-page">
    <div class="page-head">
      <h1><xsl:call-template name="jc-heading"/></h1>
    </div>
    <xsl:call-template name="jc-error-summary"/>
    <xsl:call-template name="jc-message"/>
    <xsl:choose>
      <xsl:when test="$jc-type = 'contribute'">
        <xsl:call-template name="jc-choose"/>
      </xsl:when>
      <xsl:when test="$jc-type = 'my-contributions'">
        <xsl:call-template name="jc-mine"/>
      </xsl:when>
      <xsl:when test="$jc-type = 'contribution-delete'">
        <xsl:call-template name="jc-delete"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="jc-form-page"/>
      </xsl:otherwise>
    </xsl:choose>
  </div>
</xsl:template>

<!-- ==================================================================
     /contribuer: what to write
     ================================================================== -->

<xsl:template name="jc-choose">
  <p class="intro">
    <xsl:value-of select="ui:t('jc-intro')"/>
  </p>
  <ul class="cards contribute-kinds">
    <xsl:call-template name="jc-kind-card">
      <xsl:with-param name="k" select="'article'"/>
      <xsl:with-param name="href" select="'/contribuer/article'"/>
    </xsl:call-template>
    <xsl:call-template name="jc-kind-card">
      <xsl:with-param name="k" select="'event'"/>
      <xsl:with-param name="href" select="'/contribuer/evenement'"/>
    </xsl:call-template>
    <xsl:call-template name="jc-kind-card">
      <xsl:with-param name="k" select="'annonce'"/>
      <xsl:with-param name="href" select="'/contribuer/annonce'"/>
    </xsl:call-template>
    <xsl:call-template name="jc-kind-card">
      <xsl:with-param name="k" select="'dossier'"/>
      <xsl:with-param name="href" select="'/contribuer/dossier'"/>
    </xsl:call-template>
  </ul>
  <ul class="account-links">
    <li>
      <a href="/compte/contributions">
        <xsl:value-of select="ui:t('jc-mine')"/>
      </a>
    </li>
  </ul>
</xsl:template>

<xsl:template name="jc-kind-card">
  <xsl:param name="k"/>
  <xsl:param name="href"/>
  <li>
    <article class="card">
      <div class="card-body">
        <h2 class="card-title">
          <a href="{$href}">
            <xsl:value-of select="ui:t(concat('jc-new-', $k))"/>
          </a>
        </h2>
        <p class="card-summary">
          <xsl:value-of select="ui:t(concat('jc-about-', $k))"/>
        </p>
      </div>
    </article>
  </li>
</xsl:template>

<!-- ==================================================================
     /compte/contributions: every status, newest change first
     ================================================================== -->

<xsl:template name="jc-mine">
  <p class="intro">
    <a class="button" href="/contribuer">
      <xsl:value-of select="ui:t('jc-write')"/>
    </a>
  </p>
  <xsl:choose>
    <xsl:when test="/page/list/item">
      <ul class="my-contributions">
        <xsl:for-each select="/page/list/item">
          <li class="my-contribution status-{@status}">
            <h2>
              <xsl:call-template name="content-lang"/>
              <xsl:value-of select="title"/>
            </h2>
            <p class="card-kind">
              <xsl:call-template name="kind-label"/>
              <xsl:text> · </xsl:text>
              <xsl:value-of select="territory"/>
              <xsl:text> · </xsl:text>
              <strong class="badge-status">
                <xsl:value-of select="ui:t(concat('jc-st-', @status))"/>
              </strong>
            </p>
            <p class="card-when">
              <xsl:value-of select="ui:t('jc-changed')"/>
              <xsl:text> </xsl:text>
              <xsl:call-template name="time-date-time">
                <xsl:with-param name="d" select="updated"/>
              </xsl:call-template>
            </p>
            <xsl:if test="@status = 'unpublished' and normalize-space(moderation-note) != ''">
              <div class="moderation-note">
                <p class="moderation-note-head">
                  <xsl:value-of select="ui:t('jc-note')"/>
                </p>
                <p><xsl:value-of select="moderation-note"/></p>
              </div>
            </xsl:if>
            <ul class="inline-list contribution-links">
              <xsl:if test="@status = 'published'">
                <li>
                  <a href="{@url}">
                    <xsl:value-of select="ui:t('jc-view')"/>
                    <span class="visually-hidden">
                      <xsl:text> : </xsl:text>
                      <xsl:value-of select="title"/>
                    </span>
                  </a>
                </li>
              </xsl:if>
              <li>
                <a href="/contributions/{@id}/modifier">
                  <xsl:value-of select="ui:t('jc-edit')"/>
                  <span class="visually-hidden">
                    <xsl:text> : </xsl:text>
                    <xsl:value-of select="title"/>
                  </span>
                </a>
              </li>
              <li>
                <a href="/contributions/{@id}/supprimer">
                  <xsl:value-of select="ui:t('jc-delete')"/>
                  <span class="visually-hidden">
                    <xsl:text> : </xsl:text>
                    <xsl:value-of select="title"/>
                  </span>
                </a>
              </li>
            </ul>
          </li>
        </xsl:for-each>
      </ul>
      <xsl:if test="/page/list/next/@href">
        <p class="pager">
          <a href="{/page/list/next/@href}" rel="next">
            <xsl:value-of select="ui:t('older')"/>
          </a>
        </p>
      </xsl:if>
    </xsl:when>
    <xsl:otherwise>
      <p class="empty">
        <xsl:value-of select="ui:t('jc-none')"/>
      </p>
    </xsl:otherwise>
  </xsl:choose>
</xsl:template>

<!-- ==================================================================
     /contributions/ID/supprimer
     ================================================================== -->

<xsl:template name="jc-delete">
  <xsl:variable name="c" select="/page/contribution"/>
  <p class="intro">
    <xsl:call-template name="kind-label">
      <xsl:with-param name="kind" select="$c/@kind"/>
    </xsl:call-template>
    <xsl:value-of select="ui:t('colon')"/>
    <strong>
      <xsl:call-template name="content-lang"/>
      <xsl:value-of select="$c/title"/>
    </strong>
  </p>
  <p>
    <xsl:value-of select="ui:t('jc-delete-warning')"/>
  </p>
  <form class="account-form" method="post" action="/contributions/{$c/@id}/supprimer">
    <xsl:call-template name="jc-csrf"/>
    <div class="field-choice">
      <xsl:call-template name="jc-field-error">
        <xsl:with-param name="name" select="'confirmer'"/>
      </xsl:call-template>
      <div class="choice">
        <input type="checkbox" id="f-confirmer" name="confirmer" value="1"
            required="required">
          <xsl:call-template name="jc-aria">
            <xsl:with-param name="name" select="'confirmer'"/>
          </xsl:call-template>
        </input>
        <label for="f-confirmer">
          <xsl:value-of select="ui:t('jc-l-confirmer')"/>
        </label>
      </div>
    </div>
    <div class="form-actions contribution-actions">
      <button type="submit" class="button-danger">
        <xsl:value-of select="ui:t('jc-b-delete')"/>
      </button>
      <a href="{$c/@edit}">
        <xsl:value-of select="ui:t('jc-cancel')"/>
      </a>
    </div>
  </form>
</xsl:template>

<!-- ==================================================================
     The form
     ================================================================== -->

<xsl:template name="jc-form-page">
  <xsl:if test="$jc-form/@id">
    <xsl:call-template name="jc-state"/>
  </xsl:if>
  <xsl:if test="/page/preview">
    <xsl:call-template name="jc-preview"/>
  </xsl:if>
  <p class="intro">
    <xsl:value-of select="ui:t('jc-form-intro')"/>
  </p>
  <form class="account-form contribution-form" method="post"
      action="{$jc-form/@action}" enctype="multipart/form-data">
    <xsl:call-template name="jc-csrf"/>
    <fieldset class="form-group">
      <legend>
        <xsl:value-of select="ui:t('jc-g-text')"/>
      </legend>
      <xsl:call-template name="jc-input">
        <xsl:with-param name="name" select="'titre'"/>
        <xsl:with-param name="required" select="true()"/>
        <xsl:with-param name="maxlength" select="'200'"/>
      </xsl:call-template>
      <xsl:call-template name="jc-textarea">
        <xsl:with-param name="name" select="'chapo'"/>
        <xsl:with-param name="rows" select="'3'"/>
        <xsl:with-param name="hint" select="'jc-h-chapo'"/>
      </xsl:call-template>
      <xsl:call-template name="jc-textarea">
        <xsl:with-param name="name" select="'texte'"/>
        <xsl:with-param name="rows" select="'16'"/>
        <xsl:with-param name="required" select="true()"/>
        <xsl:with-param name="hint" select="'jc-h-texte'"/>
      </xsl:call-template>
    </fieldset>
    <xsl:choose>
      <xsl:when test="$jc-kind = 'event'">
        <xsl:call-template name="jc-event"/>
      </xsl:when>
      <xsl:when test="$jc-kind = 'annonce'">
        <xsl:call-template name="jc-annonce"/>
      </xsl:when>
      <xsl:when test="$jc-kind = 'dossier'">
        <xsl:call-template name="jc-elements"/>
      </xsl:when>
    </xsl:choose>
    <xsl:call-template name="jc-where"/>
    <xsl:call-template name="jc-files"/>
    <xsl:call-template name="jc-buttons"/>
  </form>
</xsl:template>

<!-- An existing contribution: its status, where it is, how to delete. -->
<xsl:template name="jc-state">
  <xsl:variable name="st" select="string($jc-form/@status)"/>
  <div class="contribution-state">
    <p>
      <xsl:value-of select="ui:t('status')"/>
      <xsl:value-of select="ui:t('colon')"/>
      <strong>
        <xsl:value-of select="ui:t(concat('jc-st-', $st))"/>
      </strong>
      <xsl:text> – </xsl:text>
      <xsl:value-of select="ui:t(concat('jc-st-', $st, '-hint'))"/>
    </p>
    <xsl:if test="normalize-space($jc-form/moderation-note) != ''">
      <div class="moderation-note">
        <p class="moderation-note-head">
          <xsl:value-of select="ui:t('jc-note')"/>
        </p>
        <p><xsl:value-of select="$jc-form/moderation-note"/></p>
      </div>
    </xsl:if>
    <ul class="inline-list contribution-links">
      <xsl:if test="$st = 'published'">
        <li>
          <a href="{$jc-form/@url}">
            <xsl:value-of select="ui:t('jc-view')"/>
          </a>
        </li>
      </xsl:if>
      <li>
        <a href="/contributions/{$jc-form/@id}/supprimer">
          <xsl:value-of select="ui:t('jc-delete')"/>
        </a>
      </li>
      <li>
        <a href="/compte/contributions">
          <xsl:value-of select="ui:t('jc-mine')"/>
        </a>
      </li>
    </ul>
  </div>
</xsl:template>

<!-- What the page will show, Markdown rendered: nothing is stored yet. -->
<xsl:template name="jc-preview">
  <xsl:variable name="pv" select="/page/preview"/>
  <section class="preview" aria-labelledby="preview-title">
    <h2 id="preview-title">
      <xsl:value-of select="ui:t('jc-preview')"/>
    </h2>
    <p class="hint">
      <xsl:value-of select="ui:t('jc-preview-hint')"/>
    </p>
    <div class="preview-box">
      <p class="card-kind">
        <xsl:call-template name="kind-label">
          <xsl:with-param name="kind" select="$jc-kind"/>
        </xsl:call-template>
      </p>
      <p class="preview-title">
        <xsl:call-template name="content-lang"/>
        <xsl:value-of select="$pv/title"/>
      </p>
      <xsl:if test="normalize-space($pv/summary) != ''">
        <p class="lead">
          <xsl:call-template name="content-lang"/>
          <xsl:value-of select="$pv/summary"/>
        </p>
      </xsl:if>
      <xsl:if test="$pv/body/node()">
        <div class="prose">
          <xsl:call-template name="content-lang"/>
          <xsl:apply-templates select="$pv/body/node()" mode="prose"/>
        </div>
      </xsl:if>
    </div>
  </section>
</xsl:template>

<!-- Events: dates, place, practical details. -->
<xsl:template name="jc-event">
  <fieldset class="form-group timings-group" id="f-timings">
    <legend>
      <xsl:value-of select="ui:t('jc-g-timings')"/>
    </legend>
    <p class="hint" id="f-timings-hint">
      <xsl:value-of select="ui:t('jc-h-timings')"/>
    </p>
    <xsl:if test="/page/timings/@error">
      <p class="field-error" id="f-timings-error">
        <xsl:call-template name="jc-error-prefix"/>
        <xsl:call-template name="jc-error-text">
          <xsl:with-param name="name" select="'timings'"/>
          <xsl:with-param name="code" select="string(/page/timings/@error)"/>
        </xsl:call-template>
      </p>
    </xsl:if>
    <xsl:for-each select="/page/timings/timing">
      <xsl:call-template name="jc-timing"/>
    </xsl:for-each>
  </fieldset>
  <fieldset class="form-group">
    <legend>
      <xsl:value-of select="ui:t('jc-g-place')"/>
    </legend>
    <xsl:call-template name="jc-select">
      <xsl:with-param name="name" select="'mode'"/>
      <xsl:with-param name="values" select="'|offline|online|mixed|'"/>
      <xsl:with-param name="prefix" select="'mode-'"/>
      <xsl:with-param name="default" select="'offline'"/>
    </xsl:call-template>
    <xsl:call-template name="jc-place-select"/>
    <details class="new-place">
      <xsl:if test="/page/fields/field[@name = 'lieu_nom' or @name = 'adresse'
          or @name = 'code_postal' or @name = 'ville' or @name = 'latitude'
          or @name = 'longitude']">
        <xsl:attribute name="open">open</xsl:attribute>
      </xsl:if>
      <summary>
        <xsl:value-of select="ui:t('jc-new-place')"/>
      </summary>
      <p class="hint">
        <xsl:value-of select="ui:t('jc-h-new-place')"/>
      </p>
      <xsl:call-template name="jc-input">
        <xsl:with-param name="name" select="'lieu_nom'"/>
        <xsl:with-param name="maxlength" select="'160'"/>
        <xsl:with-param name="optional" select="false()"/>
      </xsl:call-template>
      <xsl:call-template name="jc-input">
        <xsl:with-param name="name" select="'adresse'"/>
        <xsl:with-param name="maxlength" select="'255'"/>
        <xsl:with-param name="autocomplete" select="'address-line1'"/>
      </xsl:call-template>
      <xsl:call-template name="jc-input">
        <xsl:with-param name="name" select="'code_postal'"/>
        <xsl:with-param name="maxlength" select="'10'"/>
        <xsl:with-param name="autocomplete" select="'postal-code'"/>
      </xsl:call-template>
      <xsl:call-template name="jc-input">
        <xsl:with-param name="name" select="'ville'"/>
        <xsl:with-param name="maxlength" select="'100'"/>
        <xsl:with-param name="optional" select="false()"/>
      </xsl:call-template>
      <xsl:call-template name="jc-input">
        <xsl:with-param name="name" select="'latitude'"/>
        <xsl:with-param name="inputmode" select="'decimal'"/>
        <xsl:with-param name="hint" select="'jc-h-latitude'"/>
      </xsl:call-template>
      <xsl:call-template name="jc-input">
        <xsl:with-param name="name" select="'longitude'"/>
        <xsl:with-param name="inputmode" select="'decimal'"/>
        <xsl:with-param name="hint" select="'jc-h-longitude'"/>
      </xsl:call-template>
    </details>
  </fieldset>
  <fieldset class="form-group">
    <legend>
      <xsl:value-of select="ui:t('practical')"/>
    </legend>
    <xsl:call-template name="jc-select">
      <xsl:with-param name="name" select="'statut'"/>
      <xsl:with-param name="values" select="'|scheduled|cancelled|postponed|'"/>
      <xsl:with-param name="prefix" select="'st-'"/>
      <xsl:with-param name="default" select="'scheduled'"/>
    </xsl:call-template>
    <xsl:call-template name="jc-input">
      <xsl:with-param name="name" select="'public'"/>
      <xsl:with-param name="maxlength" select="'200'"/>
      <xsl:with-param name="hint" select="'jc-h-public'"/>
    </xsl:call-template>
    <xsl:call-template name="jc-input">
      <xsl:with-param name="name" select="'tarif'"/>
      <xsl:with-param name="maxlength" select="'200'"/>
      <xsl:with-param name="hint" select="'jc-h-tarif'"/>
    </xsl:call-template>
    <xsl:call-template name="jc-input">
      <xsl:with-param name="name" select="'lien'"/>
      <xsl:with-param name="type" select="'url'"/>
      <xsl:with-param name="maxlength" select="'500'"/>
      <xsl:with-param name="hint" select="'jc-h-lien'"/>
    </xsl:call-template>
  </fieldset>
</xsl:template>

<!-- One timing row: its own fieldset, "Date 2", begin and end. -->
<xsl:template name="jc-timing">
  <xsl:variable name="n" select="string(@n)"/>
  <xsl:variable name="err" select="normalize-space(@error)"/>
  <fieldset class="timing-row">
    <xsl:if test="$err != ''">
      <xsl:attribute name="class">timing-row field-invalid</xsl:attribute>
    </xsl:if>
    <legend>
      <xsl:value-of select="ui:t('date')"/>
      <xsl:value-of select="concat(' ', $n)"/>
    </legend>
    <xsl:if test="$err != ''">
      <p class="field-error" id="f-timing-{$n}-error">
        <xsl:call-template name="jc-error-prefix"/>
        <xsl:call-template name="jc-error-text">
          <xsl:with-param name="name" select="'timing'"/>
          <xsl:with-param name="code" select="$err"/>
        </xsl:call-template>
      </p>
    </xsl:if>
    <xsl:call-template name="jc-timing-input">
      <xsl:with-param name="name" select="'debut'"/>
      <xsl:with-param name="value" select="string(@begins)"/>
    </xsl:call-template>
    <xsl:call-template name="jc-timing-input">
      <xsl:with-param name="name" select="'fin'"/>
      <xsl:with-param name="value" select="string(@ends)"/>
    </xsl:call-template>
  </fieldset>
</xsl:template>

<xsl:template name="jc-timing-input">
  <xsl:param name="name"/>
  <xsl:param name="value"/>
  <xsl:variable name="n" select="string(@n)"/>
  <xsl:variable name="err" select="normalize-space(@error)"/>
  <div class="field">
    <label for="f-{$name}-{$n}">
      <xsl:value-of select="ui:t(concat('jc-l-', $name))"/>
    </label>
    <!-- A value that is no date would make the control invalid HTML:
         it comes back as text, to be corrected. -->
    <input id="f-{$name}-{$n}" name="{$name}" aria-describedby="f-timings-hint">
      <xsl:attribute name="type">
        <xsl:choose>
          <xsl:when test="$err = 'invalid'">text</xsl:when>
          <xsl:otherwise>datetime-local</xsl:otherwise>
        </xsl:choose>
      </xsl:attribute>
      <xsl:if test="$value != ''">
        <xsl:attribute name="value"><xsl:value-of select="$value"/></xsl:attribute>
      </xsl:if>
      <xsl:if test="$err != ''">
        <xsl:attribute name="aria-describedby">
          <xsl:value-of select="concat('f-timings-hint f-timing-', $n, '-error')"/>
        </xsl:attribute>
        <xsl:attribute name="aria-invalid">true</xsl:attribute>
      </xsl:if>
    </input>
  </div>
</xsl:template>

<!-- An existing place of the home territory, or none (a new one below,
     or an event online). -->
<xsl:template name="jc-place-select">
  <xsl:variable name="v" select="string(/page/fields/field[@name = 'lieu'][@value][1]/@value)"/>
  <div class="field">
    <xsl:call-template name="jc-field-class">
      <xsl:with-param name="name" select="'lieu'"/>
    </xsl:call-template>
    <xsl:call-template name="jc-label-block">
      <xsl:with-param name="name" select="'lieu'"/>
      <xsl:with-param name="hint" select="'jc-h-lieu'"/>
      <xsl:with-param name="required" select="true()"/>
    </xsl:call-template>
    <select id="f-lieu" name="lieu">
      <xsl:call-template name="jc-aria">
        <xsl:with-param name="name" select="'lieu'"/>
        <xsl:with-param name="hint" select="'jc-h-lieu'"/>
      </xsl:call-template>
      <option value="">
        <xsl:value-of select="ui:t('jc-no-place')"/>
      </option>
      <!-- A territory may have hundreds of places: one group per city
           (they come sorted by city, those without one last). -->
      <xsl:for-each select="/page/places/place[generate-id() =
          generate-id(key('jc-place-city', string(city))[1])]">
        <optgroup>
          <xsl:attribute name="label">
            <xsl:choose>
              <xsl:when test="normalize-space(city) != ''">
                <xsl:value-of select="normalize-space(city)"/>
              </xsl:when>
              <xsl:otherwise>
                <xsl:value-of select="ui:t('jc-no-city')"/>
              </xsl:otherwise>
            </xsl:choose>
          </xsl:attribute>
          <xsl:for-each select="key('jc-place-city', string(city))">
            <option value="{@id}">
              <xsl:if test="string(@id) = $v">
                <xsl:attribute name="selected">selected</xsl:attribute>
              </xsl:if>
              <xsl:value-of select="name"/>
            </option>
          </xsl:for-each>
        </optgroup>
      </xsl:for-each>
    </select>
  </div>
</xsl:template>

<!-- Annonces: their kind and deadline. -->
<xsl:template name="jc-annonce">
  <fieldset class="form-group">
    <legend>
      <xsl:value-of select="ui:t('jc-g-annonce')"/>
    </legend>
    <xsl:call-template name="jc-select">
      <xsl:with-param name="name" select="'type_annonce'"/>
      <xsl:with-param name="values" select="'|call|job|volunteers|other|'"/>
      <xsl:with-param name="prefix" select="'ak-'"/>
      <xsl:with-param name="required" select="true()"/>
    </xsl:call-template>
    <xsl:call-template name="jc-input">
      <xsl:with-param name="name" select="'date_limite'"/>
      <xsl:with-param name="type" select="'date'"/>
      <xsl:with-param name="hint" select="'jc-h-date_limite'"/>
    </xsl:call-template>
  </fieldset>
</xsl:template>

<!-- Dossiers: numbered rows of contribution numbers, in order. -->
<xsl:template name="jc-elements">
  <fieldset class="form-group" id="f-elements">
    <legend>
      <xsl:value-of select="ui:t('jc-g-elements')"/>
    </legend>
    <p class="hint" id="f-elements-hint">
      <xsl:value-of select="ui:t('jc-h-elements')"/>
    </p>
    <ol class="element-rows">
      <xsl:for-each select="/page/elements/element">
        <xsl:variable name="n" select="string(@n)"/>
        <xsl:variable name="err" select="normalize-space(@error)"/>
        <li class="field">
          <xsl:if test="$err != ''">
            <xsl:attribute name="class">field field-invalid</xsl:attribute>
          </xsl:if>
          <label for="f-elements-{$n}">
            <xsl:value-of select="ui:t('jc-l-element')"/>
            <xsl:value-of select="concat(' ', $n)"/>
          </label>
          <xsl:if test="$err != ''">
            <p class="field-error" id="f-elements-{$n}-error">
              <xsl:call-template name="jc-error-prefix"/>
              <xsl:call-template name="jc-error-text">
                <xsl:with-param name="name" select="'element'"/>
                <xsl:with-param name="code" select="$err"/>
              </xsl:call-template>
            </p>
          </xsl:if>
          <input type="text" id="f-elements-{$n}" name="elements"
              inputmode="numeric" maxlength="10" aria-describedby="f-elements-hint">
            <xsl:if test="normalize-space(@value) != ''">
              <xsl:attribute name="value"><xsl:value-of select="@value"/></xsl:attribute>
            </xsl:if>
            <xsl:if test="$err != ''">
              <xsl:attribute name="aria-describedby">
                <xsl:value-of select="concat('f-elements-hint f-elements-', $n, '-error')"/>
              </xsl:attribute>
              <xsl:attribute name="aria-invalid">true</xsl:attribute>
            </xsl:if>
          </input>
          <xsl:if test="normalize-space(.) != '' and $err = ''">
            <p class="element-title">
              <xsl:call-template name="content-lang"/>
              <a href="{@url}"><xsl:value-of select="."/></a>
            </p>
          </xsl:if>
        </li>
      </xsl:for-each>
    </ol>
  </fieldset>
</xsl:template>

<!-- Where it goes and how it is found: territory, shares, theme, tags,
     the structure that signs. -->
<xsl:template name="jc-where">
  <xsl:variable name="home" select="string(/page/fields/field[@name = 'territoire'][@value][1]/@value)"/>
  <fieldset class="form-group">
    <legend>
      <xsl:value-of select="ui:t('jc-g-where')"/>
    </legend>
    <div class="field">
      <xsl:call-template name="jc-field-class">
        <xsl:with-param name="name" select="'territoire'"/>
      </xsl:call-template>
      <xsl:call-template name="jc-label-block">
        <xsl:with-param name="name" select="'territoire'"/>
        <xsl:with-param name="hint" select="'jc-h-territoire'"/>
        <xsl:with-param name="required" select="true()"/>
      </xsl:call-template>
      <select id="f-territoire" name="territoire" required="required">
        <xsl:call-template name="jc-aria">
          <xsl:with-param name="name" select="'territoire'"/>
          <xsl:with-param name="hint" select="'jc-h-territoire'"/>
        </xsl:call-template>
        <option value="">
          <xsl:value-of select="ui:t('choose')"/>
        </option>
        <xsl:for-each select="/page/territories/territory">
          <option value="{@slug}">
            <xsl:if test="@slug = $home">
              <xsl:attribute name="selected">selected</xsl:attribute>
            </xsl:if>
            <xsl:value-of select="."/>
          </option>
        </xsl:for-each>
      </select>
    </div>
    <fieldset class="field-choice shares" id="f-partage">
      <xsl:if test="/page/fields/field[@name = 'partage'][@error]">
        <xsl:attribute name="class">field-choice shares field-invalid</xsl:attribute>
        <xsl:attribute name="aria-describedby">f-partage-error</xsl:attribute>
      </xsl:if>
      <legend>
        <xsl:call-template name="jc-label">
          <xsl:with-param name="name" select="'partage'"/>
        </xsl:call-template>
      </legend>
      <p class="hint">
        <xsl:value-of select="ui:t('jc-h-partage')"/>
      </p>
      <xsl:call-template name="jc-field-error">
        <xsl:with-param name="name" select="'partage'"/>
      </xsl:call-template>
      <div class="choices">
        <xsl:for-each select="/page/territories/territory">
          <xsl:variable name="s" select="string(@slug)"/>
          <div class="choice">
            <input type="checkbox" id="f-partage-{$s}" name="partage" value="{$s}">
              <xsl:if test="/page/fields/field[@name = 'partage'][@value = $s]">
                <xsl:attribute name="checked">checked</xsl:attribute>
              </xsl:if>
            </input>
            <label for="f-partage-{$s}"><xsl:value-of select="."/></label>
          </div>
        </xsl:for-each>
      </div>
    </fieldset>
    <xsl:call-template name="jc-theme-select"/>
    <xsl:call-template name="jc-input">
      <xsl:with-param name="name" select="'tags'"/>
      <xsl:with-param name="maxlength" select="'300'"/>
      <xsl:with-param name="hint" select="'jc-h-tags'"/>
    </xsl:call-template>
    <xsl:if test="/page/structures/structure">
      <xsl:call-template name="jc-structure-select"/>
    </xsl:if>
  </fieldset>
</xsl:template>

<xsl:template name="jc-theme-select">
  <xsl:variable name="v" select="string(/page/fields/field[@name = 'theme'][@value][1]/@value)"/>
  <div class="field">
    <xsl:call-template name="jc-field-class">
      <xsl:with-param name="name" select="'theme'"/>
    </xsl:call-template>
    <xsl:call-template name="jc-label-block">
      <xsl:with-param name="name" select="'theme'"/>
      <xsl:with-param name="required" select="true()"/>
    </xsl:call-template>
    <select id="f-theme" name="theme" required="required">
      <xsl:call-template name="jc-aria">
        <xsl:with-param name="name" select="'theme'"/>
      </xsl:call-template>
      <option value="">
        <xsl:value-of select="ui:t('choose')"/>
      </option>
      <xsl:for-each select="/page/themes/theme">
        <option value="{@slug}">
          <xsl:if test="@slug = $v">
            <xsl:attribute name="selected">selected</xsl:attribute>
          </xsl:if>
          <xsl:call-template name="theme-name">
            <xsl:with-param name="th" select="."/>
          </xsl:call-template>
        </option>
      </xsl:for-each>
    </select>
  </div>
</xsl:template>

<xsl:template name="jc-structure-select">
  <xsl:variable name="v" select="string(/page/fields/field[@name = 'structure'][@value][1]/@value)"/>
  <div class="field">
    <xsl:call-template name="jc-field-class">
      <xsl:with-param name="name" select="'structure'"/>
    </xsl:call-template>
    <xsl:call-template name="jc-label-block">
      <xsl:with-param name="name" select="'structure'"/>
      <xsl:with-param name="hint" select="'jc-h-structure'"/>
    </xsl:call-template>
    <select id="f-structure" name="structure">
      <xsl:call-template name="jc-aria">
        <xsl:with-param name="name" select="'structure'"/>
        <xsl:with-param name="hint" select="'jc-h-structure'"/>
      </xsl:call-template>
      <option value="">
        <xsl:value-of select="ui:t('jc-no-structure')"/>
      </option>
      <xsl:for-each select="/page/structures/structure">
        <option value="{@id}">
          <xsl:if test="string(@id) = $v">
            <xsl:attribute name="selected">selected</xsl:attribute>
          </xsl:if>
          <xsl:value-of select="name"/>
        </option>
      </xsl:for-each>
    </select>
  </div>
</xsl:template>

<!-- The image (with its alt text) and, for articles, a PDF. -->
<xsl:template name="jc-files">
  <fieldset class="form-group">
    <legend>
      <xsl:value-of select="ui:t('jc-g-files')"/>
    </legend>
    <xsl:if test="$jc-form/@file-again">
      <p class="message message-info" role="status">
        <xsl:value-of select="ui:t('jc-file-again')"/>
      </p>
    </xsl:if>
    <xsl:if test="$jc-form/image/@src">
      <figure class="current-image">
        <xsl:call-template name="img">
          <xsl:with-param name="src" select="$jc-form/image/@src"/>
          <xsl:with-param name="alt" select="string($jc-form/image/@alt)"/>
          <xsl:with-param name="lazy" select="false()"/>
        </xsl:call-template>
        <figcaption>
          <xsl:value-of select="ui:t('jc-current-image')"/>
        </figcaption>
      </figure>
      <div class="choice">
        <input type="checkbox" id="f-sans_image" name="sans_image" value="1">
          <xsl:if test="/page/fields/field[@name = 'sans_image'][@value = '1']">
            <xsl:attribute name="checked">checked</xsl:attribute>
          </xsl:if>
        </input>
        <label for="f-sans_image">
          <xsl:value-of select="ui:t('jc-l-sans_image')"/>
        </label>
      </div>
    </xsl:if>
    <xsl:call-template name="jc-file">
      <xsl:with-param name="name" select="'image'"/>
      <xsl:with-param name="accept" select="'image/jpeg,image/png,image/gif,image/webp'"/>
      <xsl:with-param name="hint" select="'jc-h-image'"/>
    </xsl:call-template>
    <xsl:call-template name="jc-input">
      <xsl:with-param name="name" select="'image_alt'"/>
      <xsl:with-param name="maxlength" select="'300'"/>
      <xsl:with-param name="hint" select="'jc-h-image_alt'"/>
    </xsl:call-template>
    <xsl:if test="$jc-kind = 'article'">
      <xsl:if test="$jc-form/attachment/@href">
        <p class="current-attachment">
          <xsl:value-of select="ui:t('jc-current-attachment')"/>
          <xsl:value-of select="ui:t('colon')"/>
          <a href="{$jc-form/attachment/@href}" type="application/pdf">
            <xsl:choose>
              <xsl:when test="normalize-space($jc-form/attachment) != ''">
                <xsl:value-of select="$jc-form/attachment"/>
              </xsl:when>
              <xsl:otherwise>PDF</xsl:otherwise>
            </xsl:choose>
          </a>
        </p>
      </xsl:if>
      <xsl:call-template name="jc-file">
        <xsl:with-param name="name" select="'piece_jointe'"/>
        <xsl:with-param name="accept" select="'application/pdf'"/>
        <xsl:with-param name="hint" select="'jc-h-piece_jointe'"/>
      </xsl:call-template>
    </xsl:if>
  </fieldset>
</xsl:template>

<xsl:template name="jc-file">
  <xsl:param name="name"/>
  <xsl:param name="accept"/>
  <xsl:param name="hint"/>
  <div class="field">
    <xsl:call-template name="jc-field-class">
      <xsl:with-param name="name" select="$name"/>
    </xsl:call-template>
    <xsl:call-template name="jc-label-block">
      <xsl:with-param name="name" select="$name"/>
      <xsl:with-param name="hint" select="$hint"/>
    </xsl:call-template>
    <input type="file" id="f-{$name}" name="{$name}" accept="{$accept}">
      <xsl:call-template name="jc-aria">
        <xsl:with-param name="name" select="$name"/>
        <xsl:with-param name="hint" select="$hint"/>
      </xsl:call-template>
    </input>
  </div>
</xsl:template>

<!-- The buttons: the first previews (Enter in a field stores nothing);
     a published contribution is saved as it is, or taken offline. -->
<xsl:template name="jc-buttons">
  <div class="form-actions contribution-actions">
    <button type="submit" name="action" value="apercu" class="button-secondary">
      <xsl:value-of select="ui:t('jc-b-preview')"/>
    </button>
    <xsl:choose>
      <xsl:when test="$jc-form/@status = 'published'">
        <button type="submit" name="action" value="publier">
          <xsl:value-of select="ui:t('jc-b-save')"/>
        </button>
        <button type="submit" name="action" value="depublier" class="button-secondary">
          <xsl:value-of select="ui:t('jc-b-unpublish')"/>
        </button>
      </xsl:when>
      <xsl:otherwise>
        <button type="submit" name="action" value="brouillon" class="button-secondary">
          <xsl:value-of select="ui:t('jc-b-draft')"/>
        </button>
        <button type="submit" name="action" value="publier">
          <xsl:value-of select="ui:t('jc-b-publish')"/>
        </button>
      </xsl:otherwise>
    </xsl:choose>
  </div>
</xsl:template>

<!-- ==================================================================
     Form parts
     ================================================================== -->

<xsl:template name="jc-csrf">
  <input type="hidden" name="csrf" value="{$jc-csrf}"/>
</xsl:template>

<!-- A field's label: "Titre", "Chapô (facultatif)"; dossiers call their
     text an introduction. -->
<xsl:template name="jc-label">
  <xsl:param name="name"/>
  <xsl:param name="required" select="false()"/>
  <xsl:call-template name="t">
    <xsl:with-param name="k">
      <xsl:choose>
        <xsl:when test="$name = 'texte' and $jc-kind = 'dossier'">jc-l-intro</xsl:when>
        <xsl:otherwise>jc-l-<xsl:value-of select="$name"/></xsl:otherwise>
      </xsl:choose>
    </xsl:with-param>
  </xsl:call-template>
  <xsl:if test="not($required)">
    <xsl:text> </xsl:text>
    <span class="optional">
      <xsl:value-of select="ui:t('jc-optional')"/>
    </span>
  </xsl:if>
</xsl:template>

<xsl:template name="jc-error-code">
  <xsl:param name="name"/>
  <xsl:value-of select="normalize-space(/page/fields/field[@name = $name][@error][1]/@error)"/>
</xsl:template>

<xsl:template name="jc-field-class">
  <xsl:param name="name"/>
  <xsl:if test="/page/fields/field[@name = $name][normalize-space(@error) != '']">
    <xsl:attribute name="class">field field-invalid</xsl:attribute>
  </xsl:if>
</xsl:template>

<!-- Label, hint, error: what comes before a control. -->
<xsl:template name="jc-label-block">
  <xsl:param name="name"/>
  <xsl:param name="hint" select="''"/>
  <xsl:param name="required" select="false()"/>
  <label for="f-{$name}">
    <xsl:call-template name="jc-label">
      <xsl:with-param name="name" select="$name"/>
      <xsl:with-param name="required" select="$required"/>
    </xsl:call-template>
  </label>
  <xsl:if test="$hint != ''">
    <p class="hint" id="f-{$name}-hint">
      <xsl:value-of select="ui:t($hint)"/>
    </p>
  </xsl:if>
  <xsl:call-template name="jc-field-error">
    <xsl:with-param name="name" select="$name"/>
  </xsl:call-template>
</xsl:template>

<!-- The ids a control is described by (hint, error), aria-invalid. -->
<xsl:template name="jc-aria">
  <xsl:param name="name"/>
  <xsl:param name="hint" select="''"/>
  <xsl:variable name="err"
      select="/page/fields/field[@name = $name][normalize-space(@error) != '']"/>
  <xsl:if test="$hint != '' or $err">
    <xsl:attribute name="aria-describedby">
      <xsl:if test="$hint != ''">
        <xsl:value-of select="concat('f-', $name, '-hint')"/>
      </xsl:if>
      <xsl:if test="$hint != '' and $err">
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

<xsl:template name="jc-error-prefix">
  <span class="visually-hidden">
    <xsl:value-of select="ui:t('error')"/>
    <xsl:value-of select="ui:t('colon')"/>
  </span>
</xsl:template>

<!-- A field's error (id f-<name>-error), or nothing. -->
<xsl:template name="jc-field-error">
  <xsl:param name="name"/>
  <xsl:variable name="code">
    <xsl:call-template name="jc-error-code">
      <xsl:with-param name="name" select="$name"/>
    </xsl:call-template>
  </xsl:variable>
  <xsl:if test="$code != ''">
    <p class="field-error" id="f-{$name}-error">
      <xsl:call-template name="jc-error-prefix"/>
      <xsl:call-template name="jc-error-text">
        <xsl:with-param name="name" select="$name"/>
        <xsl:with-param name="code" select="$code"/>
      </xsl:call-template>
    </p>
  </xsl:if>
</xsl:template>

<!-- The words of an error: "jc-e-<field>-<code>" when there are some,
     else "jc-e-<code>". -->
<xsl:template name="jc-error-text">
  <xsl:param name="name"/>
  <xsl:param name="code"/>
  <xsl:variable name="own">
    <xsl:value-of select="ui:t(concat('jc-e-', $name, '-', $code))"/>
  </xsl:variable>
  <xsl:variable name="generic">
    <xsl:value-of select="ui:t(concat('jc-e-', $code))"/>
  </xsl:variable>
  <xsl:choose>
    <xsl:when test="$own != ''"><xsl:value-of select="$own"/></xsl:when>
    <xsl:when test="$generic != ''"><xsl:value-of select="$generic"/></xsl:when>
    <xsl:otherwise>
      <xsl:value-of select="ui:t('jc-e-invalid')"/>
    </xsl:otherwise>
  </xsl:choose>
</xsl:template>

<!-- A text input (text, url, date), pre-filled with what was typed or
     stored.  A value found invalid comes back in a text control (a date
     or URL control with a bad value is invalid HTML). -->
<xsl:template name="jc-input">
  <xsl:param name="name"/>
  <xsl:param name="type" select="'text'"/>
  <xsl:param name="required" select="false()"/>
  <xsl:param name="hint" select="''"/>
  <xsl:param name="maxlength" select="''"/>
  <xsl:param name="inputmode" select="''"/>
  <xsl:param name="autocomplete" select="''"/>
  <!-- Marked "optional"; false() for a field required in some cases. -->
  <xsl:param name="optional" select="not($required)"/>
  <xsl:variable name="f" select="/page/fields/field[@name = $name][1]"/>
  <div class="field">
    <xsl:call-template name="jc-field-class">
      <xsl:with-param name="name" select="$name"/>
    </xsl:call-template>
    <xsl:call-template name="jc-label-block">
      <xsl:with-param name="name" select="$name"/>
      <xsl:with-param name="hint" select="$hint"/>
      <xsl:with-param name="required" select="not($optional)"/>
    </xsl:call-template>
    <input id="f-{$name}" name="{$name}">
      <xsl:attribute name="type">
        <xsl:choose>
          <xsl:when test="$type != 'text' and normalize-space($f/@error) != ''">text</xsl:when>
          <xsl:otherwise><xsl:value-of select="$type"/></xsl:otherwise>
        </xsl:choose>
      </xsl:attribute>
      <xsl:if test="$required">
        <xsl:attribute name="required">required</xsl:attribute>
      </xsl:if>
      <xsl:if test="$maxlength != ''">
        <xsl:attribute name="maxlength"><xsl:value-of select="$maxlength"/></xsl:attribute>
      </xsl:if>
      <xsl:if test="$inputmode != ''">
        <xsl:attribute name="inputmode"><xsl:value-of select="$inputmode"/></xsl:attribute>
      </xsl:if>
      <xsl:if test="$autocomplete != ''">
        <xsl:attribute name="autocomplete"><xsl:value-of select="$autocomplete"/></xsl:attribute>
      </xsl:if>
      <xsl:call-template name="jc-aria">
        <xsl:with-param name="name" select="$name"/>
        <xsl:with-param name="hint" select="$hint"/>
      </xsl:call-template>
      <xsl:if test="$f/@value">
        <xsl:attribute name="value"><xsl:value-of select="$f/@value"/></xsl:attribute>
      </xsl:if>
    </input>
  </div>
</xsl:template>

<xsl:template name="jc-textarea">
  <xsl:param name="name"/>
  <xsl:param name="rows"/>
  <xsl:param name="required" select="false()"/>
  <xsl:param name="hint" select="''"/>
  <xsl:variable name="f" select="/page/fields/field[@name = $name][1]"/>
  <div class="field field-wide">
    <xsl:if test="normalize-space($f/@error) != ''">
      <xsl:attribute name="class">field field-wide field-invalid</xsl:attribute>
    </xsl:if>
    <xsl:call-template name="jc-label-block">
      <xsl:with-param name="name" select="$name"/>
      <xsl:with-param name="hint" select="$hint"/>
      <xsl:with-param name="required" select="$required"/>
    </xsl:call-template>
    <textarea id="f-{$name}" name="{$name}" rows="{$rows}">
      <xsl:if test="$required">
        <xsl:attribute name="required">required</xsl:attribute>
      </xsl:if>
      <xsl:call-template name="jc-aria">
        <xsl:with-param name="name" select="$name"/>
        <xsl:with-param name="hint" select="$hint"/>
      </xsl:call-template>
      <xsl:value-of select="$f/@value"/>
    </textarea>
  </div>
</xsl:template>

<!-- A select of fixed values ("|a|b|"), labelled by $prefix + value. -->
<xsl:template name="jc-select">
  <xsl:param name="name"/>
  <xsl:param name="values"/>
  <xsl:param name="prefix"/>
  <xsl:param name="default" select="''"/>
  <xsl:param name="required" select="false()"/>
  <xsl:variable name="typed" select="string(/page/fields/field[@name = $name][@value][1]/@value)"/>
  <xsl:variable name="v">
    <xsl:choose>
      <xsl:when test="$typed != ''"><xsl:value-of select="$typed"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$default"/></xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <div class="field">
    <xsl:call-template name="jc-field-class">
      <xsl:with-param name="name" select="$name"/>
    </xsl:call-template>
    <xsl:call-template name="jc-label-block">
      <xsl:with-param name="name" select="$name"/>
      <xsl:with-param name="required" select="$required or $default != ''"/>
    </xsl:call-template>
    <select id="f-{$name}" name="{$name}">
      <xsl:if test="$required">
        <xsl:attribute name="required">required</xsl:attribute>
      </xsl:if>
      <xsl:call-template name="jc-aria">
        <xsl:with-param name="name" select="$name"/>
      </xsl:call-template>
      <xsl:if test="$default = ''">
        <option value="">
          <xsl:value-of select="ui:t('choose')"/>
        </option>
      </xsl:if>
      <xsl:call-template name="jc-options">
        <xsl:with-param name="rest" select="substring($values, 2)"/>
        <xsl:with-param name="prefix" select="$prefix"/>
        <xsl:with-param name="v" select="$v"/>
      </xsl:call-template>
    </select>
  </div>
</xsl:template>

<xsl:template name="jc-options">
  <xsl:param name="rest"/>
  <xsl:param name="prefix"/>
  <xsl:param name="v"/>
  <xsl:if test="contains($rest, '|')">
    <xsl:variable name="o" select="substring-before($rest, '|')"/>
    <option value="{$o}">
      <xsl:if test="$o = $v">
        <xsl:attribute name="selected">selected</xsl:attribute>
      </xsl:if>
      <xsl:value-of select="ui:t(concat($prefix, $o))"/>
    </option>
    <xsl:call-template name="jc-options">
      <xsl:with-param name="rest" select="substring-after($rest, '|')"/>
      <xsl:with-param name="prefix" select="$prefix"/>
      <xsl:with-param name="v" select="$v"/>
    </xsl:call-template>
  </xsl:if>
</xsl:template>

<!-- ==================================================================
     Messages and the error summary
     ================================================================== -->

<xsl:template name="jc-message">
  <xsl:if test="$jc-mcode != ''">
    <xsl:variable name="text">
      <xsl:value-of select="ui:t(concat('jc-m-', $jc-mcode))"/>
    </xsl:variable>
    <xsl:if test="$text != ''">
      <p>
        <xsl:choose>
          <xsl:when test="$jc-mcode = 'moderated'">
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

<!-- Every error, as links to the controls, before the form; it takes
     the focus when the page opens. -->
<xsl:template name="jc-error-summary">
  <xsl:if test="$jc-errors">
    <div class="error-summary" role="alert" aria-labelledby="error-summary-title"
        tabindex="-1" autofocus="autofocus">
      <h2 id="error-summary-title">
        <xsl:value-of select="ui:t('err-summary')"/>
      </h2>
      <ul>
        <xsl:for-each select="/page/fields/field[normalize-space(@error) != '']">
          <li>
            <a href="#f-{@name}">
              <xsl:call-template name="jc-label">
                <xsl:with-param name="name" select="string(@name)"/>
                <xsl:with-param name="required" select="true()"/>
              </xsl:call-template>
              <xsl:value-of select="ui:t('colon')"/>
              <xsl:call-template name="jc-error-text">
                <xsl:with-param name="name" select="string(@name)"/>
                <xsl:with-param name="code" select="normalize-space(@error)"/>
              </xsl:call-template>
            </a>
          </li>
        </xsl:for-each>
        <xsl:for-each select="/page/timings[@error]">
          <li>
            <a href="#f-debut-1">
              <xsl:call-template name="jc-error-text">
                <xsl:with-param name="name" select="'timings'"/>
                <xsl:with-param name="code" select="string(@error)"/>
              </xsl:call-template>
            </a>
          </li>
        </xsl:for-each>
        <xsl:for-each select="/page/timings/timing[@error]">
          <li>
            <a href="#f-debut-{@n}">
              <xsl:value-of select="ui:t('date')"/>
              <xsl:value-of select="concat(' ', @n)"/>
              <xsl:value-of select="ui:t('colon')"/>
              <xsl:call-template name="jc-error-text">
                <xsl:with-param name="name" select="'timing'"/>
                <xsl:with-param name="code" select="string(@error)"/>
              </xsl:call-template>
            </a>
          </li>
        </xsl:for-each>
        <xsl:for-each select="/page/elements/element[@error]">
          <li>
            <a href="#f-elements-{@n}">
              <xsl:value-of select="ui:t('jc-l-element')"/>
              <xsl:value-of select="concat(' ', @n)"/>
              <xsl:value-of select="ui:t('colon')"/>
              <xsl:call-template name="jc-error-text">
                <xsl:with-param name="name" select="'element'"/>
                <xsl:with-param name="code" select="string(@error)"/>
              </xsl:call-template>
            </a>
          </li>
        </xsl:for-each>
      </ul>
    </div>
  </xsl:if>
</xsl:template>

</xsl:stylesheet>
