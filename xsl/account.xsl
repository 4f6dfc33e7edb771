<?xml version="1.0" encoding="UTF-8"?>
<!--
  account.xsl: the pages of member accounts, all network-wide (no
  <territory>), one page type each:

    signup          /inscription          sign-up form
    login           /connexion            login form (<next>: where to go after)
    forgot          /mot-de-passe-oublie  asks for a reset link
    reset           /mot-de-passe         new password (<token>: the mail's token)
    account         /compte               the viewer's <member>, links to the
                                          other account pages, change of address
                                          (its errors come back at
                                          /compte/courriel), password change,
                                          logout here or everywhere
    profile-edit    /compte/profil        the public profile's form: <member>
                                          (avatar), <themes>, the values in
                                          <fields>
    data-export     /compte/donnees       what the JSON export holds, its link
    account-delete  /compte/suppression   what deletion does (<counts>,
                                          <structures> left without editor),
                                          its form
    message         (any)                 only says something: <message code>

  Every form page has <csrf value>, copied into each form's hidden "csrf"
  field.  The outcome of a POST comes as <fields><field name value error>
  (value: what was typed, never for passwords; error: a code) and
  <message code>.  Field errors give an error summary at the top (links
  to the fields) and a message tied to each field (aria-describedby,
  aria-invalid).  The account page holds two forms with a current
  password: the fields sent back belong to the form whose address the
  page has (/compte/courriel or /compte/mot-de-passe).
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:ui="tag:echosciences.fr,2026:ui"
    xmlns:str="http://exslt.org/strings"
    extension-element-prefixes="str"
    exclude-result-prefixes="str ui">

<xsl:include href="layout.xsl"/>

<xsl:variable name="type" select="string(/page/@type)"/>
<xsl:variable name="csrf" select="string(/page/csrf/@value)"/>
<xsl:variable name="mcode" select="string(/page/message/@code)"/>

<!-- A message code this sheet has words for. -->
<xsl:variable name="m-known" select="$mcode != '' and contains(
    '|signup-sent|confirmed|bad-token|login-failed|not-confirmed|reset-sent|reset-done|password-changed|logged-out|logged-out-everywhere|login-required|email-sent|email-changed|email-taken|profile-saved|account-deleted|',
    concat('|', $mcode, '|'))"/>

<!-- Failures are alerts; the rest (done, or only information) a status. -->
<xsl:variable name="m-failed" select="$mcode = 'bad-token'
    or $mcode = 'login-failed' or $mcode = 'not-confirmed'
    or $mcode = 'email-taken'"/>

<!-- On the account page: the change of address was the form sent. -->
<xsl:variable name="posted-email"
    select="$type = 'account' and /page/@path = '/compte/courriel'"/>

<!-- The ids of the fields of the form sent: "f-", or "fe-" for the
     change of address (the account page's second form). -->
<xsl:variable name="idp">
  <xsl:choose>
    <xsl:when test="$posted-email">fe-</xsl:when>
    <xsl:otherwise>f-</xsl:otherwise>
  </xsl:choose>
</xsl:variable>

<!-- The fields with an error, on pages with a form. -->
<xsl:variable name="errors"
    select="/page/fields/field[normalize-space(@error) != ''][$type != 'message']"/>

<!-- The fields each page shows (ids f-<name>): the error summary links
     to these only. -->
<xsl:variable name="shown">
  <xsl:choose>
    <xsl:when test="$type = 'signup'">|genre|nom|courriel|mot_de_passe|territoire|</xsl:when>
    <xsl:when test="$type = 'login'">|courriel|mot_de_passe|</xsl:when>
    <xsl:when test="$type = 'forgot'">|courriel|</xsl:when>
    <xsl:when test="$type = 'reset' and normalize-space(/page/token) != ''">|mot_de_passe|</xsl:when>
    <xsl:when test="$posted-email">|courriel|actuel|</xsl:when>
    <xsl:when test="$type = 'account'">|actuel|mot_de_passe|</xsl:when>
    <xsl:when test="$type = 'profile-edit'">|nom|texte|site|interets|territoire|image|</xsl:when>
    <xsl:when test="$type = 'account-delete'">|contributions|actuel|confirmer|</xsl:when>
  </xsl:choose>
</xsl:variable>

<!-- ==================================================================
     Title, head, main
     ================================================================== -->

<xsl:template match="page" mode="title">
  <xsl:if test="$errors or ($m-known and $m-failed)">
    <xsl:value-of select="ui:t('error')"/>
    <xsl:value-of select="ui:t('colon')"/>
  </xsl:if>
  <xsl:call-template name="acc-heading"/>
</xsl:template>

<!-- Private pages: not indexed.  The reset page's address may hold its
     token: no Referer. -->
<xsl:template match="page" mode="head">
  <meta name="robots" content="noindex"/>
  <xsl:if test="$type = 'reset'">
    <meta name="referrer" content="no-referrer"/>
  </xsl:if>
</xsl:template>

<xsl:template name="acc-heading">
  <xsl:call-template name="t">
    <xsl:with-param name="k">
      <xsl:choose>
        <xsl:when test="$type = 'signup'">signup</xsl:when>
        <xsl:when test="$type = 'login'">login</xsl:when>
        <xsl:when test="$type = 'forgot'">forgot-title</xsl:when>
        <xsl:when test="$type = 'reset'">reset-title</xsl:when>
        <xsl:when test="$type = 'account'">my-account</xsl:when>
        <xsl:when test="$type = 'profile-edit'">pe-title</xsl:when>
        <xsl:when test="$type = 'data-export'">dx-title</xsl:when>
        <xsl:when test="$type = 'account-delete'">ad-title</xsl:when>
        <xsl:when test="$m-known">mt-<xsl:value-of select="$mcode"/></xsl:when>
        <xsl:otherwise>mt-other</xsl:otherwise>
      </xsl:choose>
    </xsl:with-param>
  </xsl:call-template>
</xsl:template>

<xsl:template match="page" mode="main">
  <div class="wrap wrap-narrow account-page">
    <div class="page-head">
      <h1><xsl:call-template name="acc-heading"/></h1>
    </div>
    <xsl:call-template name="acc-error-summary"/>
    <xsl:call-template name="acc-message"/>
    <xsl:choose>
      <xsl:when test="$type = 'signup'"><xsl:call-template name="acc-signup"/></xsl:when>
      <xsl:when test="$type = 'login'"><xsl:call-template name="acc-login"/></xsl:when>
      <xsl:when test="$type = 'forgot'"><xsl:call-template name="acc-forgot"/></xsl:when>
      <xsl:when test="$type = 'reset'"><xsl:call-template name="acc-reset"/></xsl:when>
      <xsl:when test="$type = 'account'"><xsl:call-template name="acc-account"/></xsl:when>
      <xsl:when test="$type = 'profile-edit'"><xsl:call-template name="acc-profile"/></xsl:when>
      <xsl:when test="$type = 'data-export'"><xsl:call-template name="acc-export"/></xsl:when>
      <xsl:when test="$type = 'account-delete'"><xsl:call-template name="acc-delete"/></xsl:when>
      <xsl:otherwise><xsl:call-template name="acc-message-page"/></xsl:otherwise>
    </xsl:choose>
  </div>
</xsl:template>

<!-- ==================================================================
     The pages
     ================================================================== -->

<xsl:template name="acc-signup">
  <p class="intro">
    <xsl:value-of select="ui:t('all-required')"/>
  </p>
  <form class="account-form" method="post" action="/inscription">
    <xsl:call-template name="acc-csrf"/>
    <xsl:call-template name="acc-kind"/>
    <xsl:call-template name="acc-input">
      <xsl:with-param name="name" select="'nom'"/>
      <xsl:with-param name="hint" select="'h-nom'"/>
      <xsl:with-param name="autocomplete" select="'name'"/>
      <xsl:with-param name="maxlength" select="'100'"/>
    </xsl:call-template>
    <xsl:call-template name="acc-input">
      <xsl:with-param name="name" select="'courriel'"/>
      <xsl:with-param name="type" select="'email'"/>
      <xsl:with-param name="autocomplete" select="'email'"/>
    </xsl:call-template>
    <xsl:call-template name="acc-input">
      <xsl:with-param name="name" select="'mot_de_passe'"/>
      <xsl:with-param name="type" select="'password'"/>
      <xsl:with-param name="hint" select="'h-mot_de_passe'"/>
      <xsl:with-param name="autocomplete" select="'new-password'"/>
      <xsl:with-param name="minlength" select="'10'"/>
    </xsl:call-template>
    <xsl:call-template name="acc-territory"/>
    <xsl:call-template name="acc-submit">
      <xsl:with-param name="k" select="'b-signup'"/>
    </xsl:call-template>
  </form>
  <ul class="account-links">
    <li>
      <xsl:value-of select="ui:t('have-account')"/>
      <xsl:text> </xsl:text>
      <a href="/connexion">
        <xsl:value-of select="ui:t('login')"/>
      </a>
    </li>
  </ul>
</xsl:template>

<xsl:template name="acc-login">
  <form class="account-form" method="post" action="/connexion">
    <xsl:call-template name="acc-csrf"/>
    <xsl:if test="normalize-space(/page/next) != ''">
      <input type="hidden" name="suivant" value="{/page/next}"/>
    </xsl:if>
    <xsl:call-template name="acc-input">
      <xsl:with-param name="name" select="'courriel'"/>
      <xsl:with-param name="type" select="'email'"/>
      <xsl:with-param name="autocomplete" select="'email'"/>
    </xsl:call-template>
    <xsl:call-template name="acc-input">
      <xsl:with-param name="name" select="'mot_de_passe'"/>
      <xsl:with-param name="type" select="'password'"/>
      <xsl:with-param name="autocomplete" select="'current-password'"/>
    </xsl:call-template>
    <xsl:call-template name="acc-submit">
      <xsl:with-param name="k" select="'login'"/>
    </xsl:call-template>
  </form>
  <ul class="account-links">
    <li>
      <a href="/mot-de-passe-oublie">
        <xsl:value-of select="ui:t('forgot-link')"/>
      </a>
    </li>
    <li>
      <xsl:value-of select="ui:t('no-account')"/>
      <xsl:text> </xsl:text>
      <a href="/inscription">
        <xsl:value-of select="ui:t('signup')"/>
      </a>
    </li>
  </ul>
</xsl:template>

<xsl:template name="acc-forgot">
  <p class="intro">
    <xsl:value-of select="ui:t('forgot-intro')"/>
  </p>
  <form class="account-form" method="post" action="/mot-de-passe-oublie">
    <xsl:call-template name="acc-csrf"/>
    <xsl:call-template name="acc-input">
      <xsl:with-param name="name" select="'courriel'"/>
      <xsl:with-param name="type" select="'email'"/>
      <xsl:with-param name="autocomplete" select="'email'"/>
    </xsl:call-template>
    <xsl:call-template name="acc-submit">
      <xsl:with-param name="k" select="'b-forgot'"/>
    </xsl:call-template>
  </form>
  <ul class="account-links">
    <li>
      <a href="/connexion">
        <xsl:value-of select="ui:t('login')"/>
      </a>
    </li>
  </ul>
</xsl:template>

<!-- Without a token (a bad link), no form: a way to get a new link. -->
<xsl:template name="acc-reset">
  <xsl:choose>
    <xsl:when test="normalize-space(/page/token) != ''">
      <p class="intro">
        <xsl:value-of select="ui:t('reset-intro')"/>
      </p>
      <form class="account-form" method="post" action="/mot-de-passe">
        <xsl:call-template name="acc-csrf"/>
        <input type="hidden" name="jeton" value="{normalize-space(/page/token)}"/>
        <xsl:call-template name="acc-input">
          <xsl:with-param name="name" select="'mot_de_passe'"/>
          <xsl:with-param name="type" select="'password'"/>
          <xsl:with-param name="hint" select="'h-mot_de_passe'"/>
          <xsl:with-param name="autocomplete" select="'new-password'"/>
          <xsl:with-param name="minlength" select="'10'"/>
        </xsl:call-template>
        <xsl:call-template name="acc-submit">
          <xsl:with-param name="k" select="'b-reset'"/>
        </xsl:call-template>
      </form>
    </xsl:when>
    <xsl:otherwise>
      <xsl:if test="$mcode != 'bad-token'">
        <p class="message message-error" role="alert">
          <xsl:value-of select="ui:t('m-bad-token')"/>
        </p>
      </xsl:if>
      <p class="back">
        <a class="button" href="/mot-de-passe-oublie">
          <xsl:value-of select="ui:t('new-link')"/>
        </a>
      </p>
    </xsl:otherwise>
  </xsl:choose>
</xsl:template>

<xsl:template name="acc-account">
  <xsl:variable name="m" select="/page/member"/>
  <xsl:variable name="ts" select="string($m/territory/@slug)"/>
  <nav class="block account-menu" aria-labelledby="acc-manage">
    <h2 id="acc-manage">
      <xsl:value-of select="ui:t('acc-manage')"/>
    </h2>
    <!-- One item per page of the account. -->
    <ul class="account-links account-menu-links">
      <li>
        <a href="/compte/contributions">
          <xsl:value-of select="ui:t('l-my-contributions')"/>
        </a>
      </li>
      <li>
        <a href="/compte/profil">
          <xsl:value-of select="ui:t('l-edit-profile')"/>
        </a>
      </li>
      <li>
        <a href="#acc-email">
          <xsl:value-of select="ui:t('l-change-email')"/>
        </a>
      </li>
      <li>
        <a href="/compte/donnees">
          <xsl:value-of select="ui:t('l-my-data')"/>
        </a>
      </li>
      <li>
        <a href="/compte/suppression">
          <xsl:value-of select="ui:t('l-delete-account')"/>
        </a>
      </li>
    </ul>
  </nav>
  <section class="block" aria-labelledby="acc-details">
    <h2 id="acc-details">
      <xsl:value-of select="ui:t('acc-details')"/>
    </h2>
    <dl class="facts account-facts">
      <div>
        <dt>
          <xsl:value-of select="ui:t('l-nom')"/>
        </dt>
        <dd>
          <xsl:value-of select="$m/name"/>
          <xsl:variable name="ok">
            <xsl:call-template name="url-ok">
              <xsl:with-param name="u" select="string($m/@url)"/>
            </xsl:call-template>
          </xsl:variable>
          <xsl:if test="$ok = '1'">
            <br/>
            <a href="{$m/@url}">
              <xsl:value-of select="ui:t('acc-profile')"/>
            </a>
          </xsl:if>
        </dd>
      </div>
      <xsl:if test="$m/@kind = 'person' or $m/@kind = 'institution'
          or $m/@kind = 'company'">
        <div>
          <dt>
            <xsl:value-of select="ui:t('acc-kind')"/>
          </dt>
          <dd>
            <xsl:value-of select="ui:t(concat('gk-', $m/@kind))"/>
          </dd>
        </div>
      </xsl:if>
      <div>
        <dt>
          <xsl:value-of select="ui:t('l-courriel')"/>
        </dt>
        <dd class="account-email"><xsl:value-of select="$m/email"/></dd>
      </div>
      <xsl:if test="$ts != ''">
        <div>
          <dt>
            <xsl:value-of select="ui:t('l-territoire')"/>
          </dt>
          <dd>
            <a href="/{$ts}/">
              <xsl:choose>
                <xsl:when test="normalize-space($m/territory) != ''">
                  <xsl:value-of select="normalize-space($m/territory)"/>
                </xsl:when>
                <xsl:otherwise>
                  <xsl:value-of select="/page/territories/territory[@slug = $ts]"/>
                </xsl:otherwise>
              </xsl:choose>
            </a>
          </dd>
        </div>
      </xsl:if>
      <xsl:if test="normalize-space($m/created) != ''">
        <div>
          <dt>
            <xsl:value-of select="ui:t('acc-created')"/>
          </dt>
          <dd>
            <xsl:call-template name="time-date-long">
              <xsl:with-param name="d" select="normalize-space($m/created)"/>
              <xsl:with-param name="weekday" select="false()"/>
            </xsl:call-template>
          </dd>
        </div>
      </xsl:if>
    </dl>
  </section>
  <section class="block" id="acc-email" aria-labelledby="acc-email-title">
    <h2 id="acc-email-title">
      <xsl:value-of select="ui:t('acc-email')"/>
    </h2>
    <p class="hint acc-section-intro">
      <xsl:value-of select="ui:t('acc-email-intro')"/>
    </p>
    <form class="account-form" method="post" action="/compte/courriel">
      <xsl:call-template name="acc-csrf"/>
      <xsl:call-template name="acc-input">
        <xsl:with-param name="name" select="'courriel'"/>
        <xsl:with-param name="type" select="'email'"/>
        <xsl:with-param name="autocomplete" select="'email'"/>
        <xsl:with-param name="idp" select="'fe-'"/>
        <xsl:with-param name="use" select="$posted-email"/>
      </xsl:call-template>
      <xsl:call-template name="acc-input">
        <xsl:with-param name="name" select="'actuel'"/>
        <xsl:with-param name="type" select="'password'"/>
        <xsl:with-param name="autocomplete" select="'current-password'"/>
        <xsl:with-param name="idp" select="'fe-'"/>
        <xsl:with-param name="use" select="$posted-email"/>
      </xsl:call-template>
      <xsl:call-template name="acc-submit">
        <xsl:with-param name="k" select="'b-change-email'"/>
      </xsl:call-template>
    </form>
  </section>
  <section class="block" aria-labelledby="acc-password">
    <h2 id="acc-password">
      <xsl:value-of select="ui:t('acc-password')"/>
    </h2>
    <form class="account-form" method="post" action="/compte/mot-de-passe">
      <xsl:call-template name="acc-csrf"/>
      <xsl:call-template name="acc-input">
        <xsl:with-param name="name" select="'actuel'"/>
        <xsl:with-param name="type" select="'password'"/>
        <xsl:with-param name="autocomplete" select="'current-password'"/>
        <xsl:with-param name="use" select="not($posted-email)"/>
      </xsl:call-template>
      <xsl:call-template name="acc-input">
        <xsl:with-param name="name" select="'mot_de_passe'"/>
        <xsl:with-param name="type" select="'password'"/>
        <xsl:with-param name="hint" select="'h-mot_de_passe'"/>
        <xsl:with-param name="autocomplete" select="'new-password'"/>
        <xsl:with-param name="minlength" select="'10'"/>
        <xsl:with-param name="use" select="not($posted-email)"/>
      </xsl:call-template>
      <xsl:call-template name="acc-submit">
        <xsl:with-param name="k" select="'b-change'"/>
      </xsl:call-template>
    </form>
  </section>
  <section class="block" aria-labelledby="acc-sessions">
    <h2 id="acc-sessions">
      <xsl:value-of select="ui:t('acc-sessions')"/>
    </h2>
    <div class="account-actions">
      <xsl:call-template name="logout-form">
        <xsl:with-param name="csrf" select="$csrf"/>
      </xsl:call-template>
      <form method="post" action="/compte/deconnexion-partout">
        <xsl:call-template name="acc-csrf"/>
        <p class="hint" id="acc-everywhere-hint">
          <xsl:value-of select="ui:t('acc-everywhere-hint')"/>
        </p>
        <button type="submit" class="button-secondary"
            aria-describedby="acc-everywhere-hint">
          <xsl:value-of select="ui:t('b-logout-all')"/>
        </button>
      </form>
    </div>
  </section>
</xsl:template>

<!-- /compte/profil: what the public profile shows.  The form starts
     from <fields> (the saved values, or what was sent). -->
<xsl:template name="acc-profile">
  <xsl:variable name="m" select="/page/member"/>
  <p class="intro">
    <xsl:value-of select="ui:t('pe-intro')"/>
    <xsl:variable name="ok">
      <xsl:call-template name="url-ok">
        <xsl:with-param name="u" select="string($m/@url)"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:if test="$ok = '1'">
      <xsl:text> </xsl:text>
      <a href="{$m/@url}">
        <xsl:value-of select="ui:t('acc-profile')"/>
      </a>
    </xsl:if>
  </p>
  <form class="account-form profile-form" method="post" action="/compte/profil"
      enctype="multipart/form-data">
    <xsl:call-template name="acc-csrf"/>
    <xsl:call-template name="acc-input">
      <xsl:with-param name="name" select="'nom'"/>
      <xsl:with-param name="hint" select="'h-nom'"/>
      <xsl:with-param name="autocomplete" select="'name'"/>
      <xsl:with-param name="maxlength" select="'100'"/>
    </xsl:call-template>
    <xsl:call-template name="acc-textarea">
      <xsl:with-param name="name" select="'texte'"/>
      <xsl:with-param name="hint" select="'h-texte'"/>
    </xsl:call-template>
    <xsl:call-template name="acc-input">
      <xsl:with-param name="name" select="'site'"/>
      <xsl:with-param name="type" select="'url'"/>
      <xsl:with-param name="hint" select="'h-site'"/>
      <xsl:with-param name="autocomplete" select="'url'"/>
      <xsl:with-param name="maxlength" select="'500'"/>
      <xsl:with-param name="required" select="false()"/>
    </xsl:call-template>
    <xsl:call-template name="acc-interests"/>
    <xsl:call-template name="acc-territory"/>
    <xsl:call-template name="acc-avatar"/>
    <xsl:call-template name="acc-submit">
      <xsl:with-param name="k" select="'b-save-profile'"/>
    </xsl:call-template>
  </form>
  <xsl:call-template name="acc-back"/>
</xsl:template>

<!-- /compte/donnees: what the export holds, and the file. -->
<xsl:template name="acc-export">
  <p class="intro">
    <xsl:value-of select="ui:t('dx-intro')"/>
  </p>
  <section class="block" aria-labelledby="dx-what">
    <h2 id="dx-what">
      <xsl:value-of select="ui:t('dx-what')"/>
    </h2>
    <ul class="export-contents">
      <xsl:call-template name="acc-li"><xsl:with-param name="k" select="'dx-account'"/></xsl:call-template>
      <xsl:call-template name="acc-li"><xsl:with-param name="k" select="'dx-profile'"/></xsl:call-template>
      <xsl:call-template name="acc-li"><xsl:with-param name="k" select="'dx-roles'"/></xsl:call-template>
      <xsl:call-template name="acc-li"><xsl:with-param name="k" select="'dx-contributions'"/></xsl:call-template>
      <xsl:call-template name="acc-li"><xsl:with-param name="k" select="'dx-activity'"/></xsl:call-template>
      <xsl:call-template name="acc-li"><xsl:with-param name="k" select="'dx-media'"/></xsl:call-template>
      <xsl:call-template name="acc-li"><xsl:with-param name="k" select="'dx-sessions'"/></xsl:call-template>
    </ul>
    <p>
      <xsl:value-of select="ui:t('dx-secrets')"/>
    </p>
  </section>
  <p class="form-actions">
    <a class="button" href="/compte/donnees.json" download="echosciences-donnees.json"
        type="application/json">
      <xsl:value-of select="ui:t('dx-download')"/>
    </a>
  </p>
  <p class="hint">
    <xsl:value-of select="ui:t('dx-format')"/>
  </p>
  <xsl:call-template name="acc-back"/>
</xsl:template>

<!-- /compte/suppression: what goes and what stays, then the form. -->
<xsl:template name="acc-delete">
  <xsl:variable name="c" select="/page/counts"/>
  <p class="intro">
    <xsl:value-of select="ui:t('ad-intro')"/>
    <xsl:text> </xsl:text>
    <a href="/compte/donnees">
      <xsl:value-of select="ui:t('ad-export')"/>
    </a>
  </p>
  <section class="block" aria-labelledby="ad-what">
    <h2 id="ad-what">
      <xsl:value-of select="ui:t('ad-what')"/>
    </h2>
    <dl class="facts account-facts">
      <xsl:call-template name="acc-count">
        <xsl:with-param name="k" select="'ad-n-contributions'"/>
        <xsl:with-param name="n" select="$c/@contributions"/>
      </xsl:call-template>
      <xsl:call-template name="acc-count">
        <xsl:with-param name="k" select="'ad-n-published'"/>
        <xsl:with-param name="n" select="$c/@published"/>
      </xsl:call-template>
      <xsl:call-template name="acc-count">
        <xsl:with-param name="k" select="'ad-n-drafts'"/>
        <xsl:with-param name="n" select="$c/@drafts"/>
      </xsl:call-template>
      <xsl:call-template name="acc-count">
        <xsl:with-param name="k" select="'ad-n-comments'"/>
        <xsl:with-param name="n" select="$c/@comments"/>
      </xsl:call-template>
    </dl>
    <p>
      <xsl:value-of select="ui:t('ad-gone')"/>
    </p>
    <xsl:if test="/page/structures/structure">
      <p>
        <xsl:value-of select="ui:t('ad-structures')"/>
      </p>
      <ul class="inline-list sole-structures">
        <xsl:for-each select="/page/structures/structure">
          <li>
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
          </li>
        </xsl:for-each>
      </ul>
    </xsl:if>
  </section>
  <section class="block" aria-labelledby="ad-form">
    <h2 id="ad-form">
      <xsl:value-of select="ui:t('ad-form')"/>
    </h2>
    <form class="account-form" method="post" action="/compte/suppression">
      <xsl:call-template name="acc-csrf"/>
      <xsl:call-template name="acc-keep"/>
      <xsl:call-template name="acc-input">
        <xsl:with-param name="name" select="'actuel'"/>
        <xsl:with-param name="type" select="'password'"/>
        <xsl:with-param name="autocomplete" select="'current-password'"/>
      </xsl:call-template>
      <xsl:call-template name="acc-checkbox">
        <xsl:with-param name="name" select="'confirmer'"/>
        <xsl:with-param name="required" select="true()"/>
      </xsl:call-template>
      <div class="form-actions">
        <button type="submit" class="button-danger">
          <xsl:value-of select="ui:t('b-delete-account')"/>
        </button>
      </div>
    </form>
  </section>
  <xsl:call-template name="acc-back"/>
</xsl:template>

<xsl:template name="acc-li">
  <xsl:param name="k"/>
  <li>
    <xsl:value-of select="ui:t($k)"/>
  </li>
</xsl:template>

<xsl:template name="acc-count">
  <xsl:param name="k"/>
  <xsl:param name="n"/>
  <div>
    <dt>
      <xsl:value-of select="ui:t($k)"/>
    </dt>
    <dd>
      <xsl:call-template name="number">
        <xsl:with-param name="n" select="number(concat('0', $n))"/>
      </xsl:call-template>
    </dd>
  </div>
</xsl:template>

<xsl:template name="acc-back">
  <ul class="account-links">
    <li>
      <a href="/compte">
        <xsl:value-of select="ui:t('back-account')"/>
      </a>
    </li>
  </ul>
</xsl:template>

<!-- The message (already shown under the h1), the address a mail went
     to, then where to go: a dead reset link (at /mot-de-passe) leads to a
     new one. -->
<xsl:template name="acc-message-page">
  <xsl:variable name="mail"
      select="normalize-space(/page/fields/field[@name = 'courriel'][1]/@value)"/>
  <xsl:if test="($mcode = 'signup-sent' or $mcode = 'reset-sent') and $mail != ''">
    <p class="sent-to">
      <xsl:call-template name="acc-label">
        <xsl:with-param name="name" select="'courriel'"/>
      </xsl:call-template>
      <xsl:value-of select="ui:t('colon')"/>
      <strong class="account-email"><xsl:value-of select="$mail"/></strong>
    </p>
  </xsl:if>
  <ul class="account-links">
    <xsl:if test="$mcode = 'bad-token' and /page/@path = '/mot-de-passe'">
      <li>
        <a href="/mot-de-passe-oublie">
          <xsl:value-of select="ui:t('new-link')"/>
        </a>
      </li>
    </xsl:if>
    <xsl:if test="/page/viewer and starts-with(/page/@path, '/compte/')">
      <li>
        <a href="/compte">
          <xsl:value-of select="ui:t('back-account')"/>
        </a>
      </li>
    </xsl:if>
    <xsl:if test="not(/page/viewer) and ($mcode = 'confirmed'
        or $mcode = 'reset-done' or $mcode = 'logged-out'
        or $mcode = 'logged-out-everywhere' or $mcode = 'login-required'
        or $mcode = 'email-changed' or $mcode = 'email-taken')">
      <li>
        <a href="/connexion">
          <xsl:value-of select="ui:t('login')"/>
        </a>
      </li>
    </xsl:if>
    <li>
      <a href="/">
        <xsl:value-of select="ui:t('back-home')"/>
      </a>
    </li>
  </ul>
</xsl:template>

<!-- ==================================================================
     Messages and errors
     ================================================================== -->

<!-- The page's outcome: a status, or an alert for a failure. -->
<xsl:template name="acc-message">
  <xsl:if test="$m-known">
    <p>
      <xsl:choose>
        <xsl:when test="$m-failed">
          <xsl:attribute name="class">message message-error</xsl:attribute>
          <xsl:attribute name="role">alert</xsl:attribute>
        </xsl:when>
        <xsl:when test="$mcode = 'login-required'">
          <xsl:attribute name="class">message message-info</xsl:attribute>
          <xsl:attribute name="role">status</xsl:attribute>
        </xsl:when>
        <xsl:otherwise>
          <xsl:attribute name="class">message message-ok</xsl:attribute>
          <xsl:attribute name="role">status</xsl:attribute>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:value-of select="ui:t(concat('m-', $mcode))"/>
    </p>
  </xsl:if>
</xsl:template>

<!-- Every field error, as links to the fields, before the form.  The
     summary takes the focus when the page opens (autofocus), so that it
     is read first. -->
<xsl:template name="acc-error-summary">
  <xsl:if test="$errors">
    <div class="error-summary" role="alert" aria-labelledby="error-summary-title"
        tabindex="-1" autofocus="autofocus">
      <h2 id="error-summary-title">
        <xsl:value-of select="ui:t('err-summary')"/>
      </h2>
      <ul>
        <xsl:for-each select="$errors">
          <xsl:variable name="text">
            <xsl:call-template name="acc-error-text">
              <xsl:with-param name="name" select="string(@name)"/>
              <xsl:with-param name="code" select="normalize-space(@error)"/>
              <xsl:with-param name="summary" select="true()"/>
            </xsl:call-template>
          </xsl:variable>
          <li>
            <xsl:choose>
              <xsl:when test="contains($shown, concat('|', @name, '|'))
                  and not(@name = 'interets' and not(/page/themes/theme))">
                <a>
                  <xsl:attribute name="href">
                    <xsl:value-of select="concat('#', $idp, @name)"/>
                    <!-- A group of radios or boxes: its first one. -->
                    <xsl:choose>
                      <xsl:when test="@name = 'genre'">-person</xsl:when>
                      <xsl:when test="@name = 'contributions'">-anonymiser</xsl:when>
                      <xsl:when test="@name = 'interets'">
                        <xsl:value-of select="concat('-', /page/themes/theme[1]/@slug)"/>
                      </xsl:when>
                    </xsl:choose>
                  </xsl:attribute>
                  <xsl:value-of select="$text"/>
                </a>
              </xsl:when>
              <xsl:otherwise><xsl:value-of select="$text"/></xsl:otherwise>
            </xsl:choose>
          </li>
        </xsl:for-each>
      </ul>
    </div>
  </xsl:if>
</xsl:template>

<!-- The words of an error: "e-<field>-<code>" when there are some, else
     the generic "e-<code>" (after the field's label in the summary). -->
<xsl:template name="acc-error-text">
  <xsl:param name="name"/>
  <xsl:param name="code"/>
  <xsl:param name="summary" select="false()"/>
  <xsl:variable name="own">
    <xsl:value-of select="ui:t(concat('e-', $name, '-', $code))"/>
  </xsl:variable>
  <xsl:variable name="generic">
    <xsl:value-of select="ui:t(concat('e-', $code))"/>
  </xsl:variable>
  <xsl:choose>
    <xsl:when test="$own != ''"><xsl:value-of select="$own"/></xsl:when>
    <xsl:otherwise>
      <xsl:variable name="label">
        <xsl:call-template name="acc-label">
          <xsl:with-param name="name" select="$name"/>
        </xsl:call-template>
      </xsl:variable>
      <xsl:if test="$summary and $label != ''">
        <xsl:value-of select="$label"/>
        <xsl:value-of select="ui:t('colon')"/>
      </xsl:if>
      <xsl:choose>
        <xsl:when test="$generic != ''"><xsl:value-of select="$generic"/></xsl:when>
        <xsl:otherwise>
          <xsl:value-of select="ui:t('e-invalid')"/>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:otherwise>
  </xsl:choose>
</xsl:template>

<!-- The first field sent back by that name, if the fields are this
     form's ($use). -->
<xsl:template name="acc-error-code">
  <xsl:param name="name"/>
  <xsl:param name="use" select="true()"/>
  <xsl:if test="$use">
    <xsl:value-of select="normalize-space(/page/fields/field[@name = $name]
        [normalize-space(@error) != ''][1]/@error)"/>
  </xsl:if>
</xsl:template>

<!-- A field's error under its label (id <idp><name>-error), or nothing. -->
<xsl:template name="acc-field-error">
  <xsl:param name="name"/>
  <xsl:param name="idp" select="'f-'"/>
  <xsl:param name="use" select="true()"/>
  <xsl:variable name="code">
    <xsl:call-template name="acc-error-code">
      <xsl:with-param name="name" select="$name"/>
      <xsl:with-param name="use" select="$use"/>
    </xsl:call-template>
  </xsl:variable>
  <xsl:if test="$code != ''">
    <p class="field-error" id="{$idp}{$name}-error">
      <span class="visually-hidden">
        <xsl:value-of select="ui:t('error')"/>
        <xsl:value-of select="ui:t('colon')"/>
      </span>
      <xsl:call-template name="acc-error-text">
        <xsl:with-param name="name" select="$name"/>
        <xsl:with-param name="code" select="$code"/>
      </xsl:call-template>
    </p>
  </xsl:if>
</xsl:template>

<!-- ==================================================================
     Form parts
     ================================================================== -->

<xsl:template name="acc-csrf">
  <input type="hidden" name="csrf" value="{$csrf}"/>
</xsl:template>

<!-- The label of a field: the password is "new" where one chooses it
     again, the address where one changes it. -->
<xsl:template name="acc-label">
  <xsl:param name="name"/>
  <xsl:variable name="k">
    <xsl:choose>
      <xsl:when test="$name = 'mot_de_passe' and ($type = 'reset'
          or $type = 'account')">l-new-password</xsl:when>
      <xsl:when test="$name = 'courriel' and $type = 'account'">l-new-courriel</xsl:when>
      <xsl:when test="contains('|genre|nom|courriel|mot_de_passe|actuel|territoire|texte|site|interets|image|sans_image|contributions|confirmer|',
          concat('|', $name, '|'))">l-<xsl:value-of select="$name"/></xsl:when>
    </xsl:choose>
  </xsl:variable>
  <xsl:if test="$k != ''">
    <xsl:value-of select="ui:t($k)"/>
  </xsl:if>
</xsl:template>

<!-- "(optional)" after the label of a field one may leave empty. -->
<xsl:template name="acc-optional">
  <xsl:text> </xsl:text>
  <span class="optional">
    <xsl:value-of select="ui:t('optional')"/>
  </span>
</xsl:template>

<!-- The ids a control is described by: its hint, its error. -->
<xsl:template name="acc-describedby">
  <xsl:param name="name"/>
  <xsl:param name="hint" select="''"/>
  <xsl:param name="idp" select="'f-'"/>
  <xsl:param name="use" select="true()"/>
  <xsl:variable name="code">
    <xsl:call-template name="acc-error-code">
      <xsl:with-param name="name" select="$name"/>
      <xsl:with-param name="use" select="$use"/>
    </xsl:call-template>
  </xsl:variable>
  <xsl:variable name="err" select="$code != ''"/>
  <xsl:if test="$hint != '' or $err">
    <xsl:attribute name="aria-describedby">
      <xsl:if test="$hint != ''">
        <xsl:value-of select="concat($idp, $name, '-hint')"/>
      </xsl:if>
      <xsl:if test="$hint != '' and $err">
        <xsl:text> </xsl:text>
      </xsl:if>
      <xsl:if test="$err">
        <xsl:value-of select="concat($idp, $name, '-error')"/>
      </xsl:if>
    </xsl:attribute>
  </xsl:if>
  <xsl:if test="$err">
    <xsl:attribute name="aria-invalid">true</xsl:attribute>
  </xsl:if>
</xsl:template>

<!-- A field's hint (id <idp><name>-hint). -->
<xsl:template name="acc-hint">
  <xsl:param name="name"/>
  <xsl:param name="hint"/>
  <xsl:param name="idp" select="'f-'"/>
  <xsl:if test="$hint != ''">
    <p class="hint" id="{$idp}{$name}-hint">
      <xsl:value-of select="ui:t($hint)"/>
    </p>
  </xsl:if>
</xsl:template>

<!-- The class of a field's box: marked when in error. -->
<xsl:template name="acc-field-class">
  <xsl:param name="name"/>
  <xsl:param name="use" select="true()"/>
  <xsl:param name="base" select="'field'"/>
  <xsl:variable name="code">
    <xsl:call-template name="acc-error-code">
      <xsl:with-param name="name" select="$name"/>
      <xsl:with-param name="use" select="$use"/>
    </xsl:call-template>
  </xsl:variable>
  <xsl:attribute name="class">
    <xsl:value-of select="$base"/>
    <xsl:if test="$code != ''"> field-invalid</xsl:if>
  </xsl:attribute>
</xsl:template>

<!-- A text, e-mail, address or password field: label, hint, error, then
     the control, pre-filled with what was typed (never a password).
     $idp prefixes its ids; $use says whether the fields sent back are
     this form's. -->
<xsl:template name="acc-input">
  <xsl:param name="name"/>
  <xsl:param name="type" select="'text'"/>
  <xsl:param name="hint" select="''"/>
  <xsl:param name="autocomplete"/>
  <xsl:param name="minlength" select="''"/>
  <xsl:param name="maxlength" select="''"/>
  <xsl:param name="required" select="true()"/>
  <xsl:param name="idp" select="'f-'"/>
  <xsl:param name="use" select="true()"/>
  <xsl:variable name="f" select="/page/fields/field[$use][@name = $name][1]"/>
  <div>
    <xsl:call-template name="acc-field-class">
      <xsl:with-param name="name" select="$name"/>
      <xsl:with-param name="use" select="$use"/>
    </xsl:call-template>
    <label for="{$idp}{$name}">
      <xsl:call-template name="acc-label">
        <xsl:with-param name="name" select="$name"/>
      </xsl:call-template>
      <xsl:if test="not($required)">
        <xsl:call-template name="acc-optional"/>
      </xsl:if>
    </label>
    <xsl:call-template name="acc-hint">
      <xsl:with-param name="name" select="$name"/>
      <xsl:with-param name="hint" select="$hint"/>
      <xsl:with-param name="idp" select="$idp"/>
    </xsl:call-template>
    <xsl:call-template name="acc-field-error">
      <xsl:with-param name="name" select="$name"/>
      <xsl:with-param name="idp" select="$idp"/>
      <xsl:with-param name="use" select="$use"/>
    </xsl:call-template>
    <input type="{$type}" id="{$idp}{$name}" name="{$name}">
      <xsl:if test="$required">
        <xsl:attribute name="required">required</xsl:attribute>
      </xsl:if>
      <xsl:attribute name="autocomplete">
        <xsl:value-of select="$autocomplete"/>
      </xsl:attribute>
      <xsl:choose>
        <xsl:when test="$type = 'email'">
          <xsl:attribute name="inputmode">email</xsl:attribute>
          <xsl:attribute name="maxlength">254</xsl:attribute>
          <xsl:attribute name="autocapitalize">none</xsl:attribute>
          <xsl:attribute name="spellcheck">false</xsl:attribute>
        </xsl:when>
        <xsl:when test="$type = 'url'">
          <xsl:attribute name="autocapitalize">none</xsl:attribute>
          <xsl:attribute name="spellcheck">false</xsl:attribute>
        </xsl:when>
        <xsl:when test="$type = 'text'">
          <xsl:attribute name="autocapitalize">words</xsl:attribute>
        </xsl:when>
      </xsl:choose>
      <xsl:if test="$minlength != ''">
        <xsl:attribute name="minlength"><xsl:value-of select="$minlength"/></xsl:attribute>
      </xsl:if>
      <xsl:if test="$maxlength != ''">
        <xsl:attribute name="maxlength"><xsl:value-of select="$maxlength"/></xsl:attribute>
      </xsl:if>
      <xsl:call-template name="acc-describedby">
        <xsl:with-param name="name" select="$name"/>
        <xsl:with-param name="hint" select="$hint"/>
        <xsl:with-param name="idp" select="$idp"/>
        <xsl:with-param name="use" select="$use"/>
      </xsl:call-template>
      <xsl:if test="$type != 'password' and $f/@value">
        <xsl:attribute name="value"><xsl:value-of select="$f/@value"/></xsl:attribute>
      </xsl:if>
    </input>
  </div>
</xsl:template>

<!-- A Markdown text, optional: the presentation of a profile.  No
     maxlength: a longer text comes back with its error, not cut. -->
<xsl:template name="acc-textarea">
  <xsl:param name="name"/>
  <xsl:param name="hint" select="''"/>
  <xsl:variable name="f" select="/page/fields/field[@name = $name][1]"/>
  <div>
    <xsl:call-template name="acc-field-class">
      <xsl:with-param name="name" select="$name"/>
      <xsl:with-param name="base" select="'field field-wide'"/>
    </xsl:call-template>
    <label for="f-{$name}">
      <xsl:call-template name="acc-label">
        <xsl:with-param name="name" select="$name"/>
      </xsl:call-template>
      <xsl:call-template name="acc-optional"/>
    </label>
    <xsl:call-template name="acc-hint">
      <xsl:with-param name="name" select="$name"/>
      <xsl:with-param name="hint" select="$hint"/>
    </xsl:call-template>
    <xsl:call-template name="acc-field-error">
      <xsl:with-param name="name" select="$name"/>
    </xsl:call-template>
    <textarea id="f-{$name}" name="{$name}" rows="8">
      <xsl:call-template name="acc-describedby">
        <xsl:with-param name="name" select="$name"/>
        <xsl:with-param name="hint" select="$hint"/>
      </xsl:call-template>
      <xsl:value-of select="$f/@value"/>
    </textarea>
  </div>
</xsl:template>

<!-- The interests: a box per theme, ticked when the fields name it. -->
<xsl:template name="acc-interests">
  <xsl:variable name="code">
    <xsl:call-template name="acc-error-code">
      <xsl:with-param name="name" select="'interets'"/>
    </xsl:call-template>
  </xsl:variable>
  <fieldset class="field-choice interests" aria-describedby="f-interets-hint">
    <xsl:if test="$code != ''">
      <xsl:attribute name="class">field-choice interests field-invalid</xsl:attribute>
      <xsl:attribute name="aria-describedby">f-interets-hint f-interets-error</xsl:attribute>
    </xsl:if>
    <legend>
      <xsl:call-template name="acc-label">
        <xsl:with-param name="name" select="'interets'"/>
      </xsl:call-template>
      <xsl:call-template name="acc-optional"/>
    </legend>
    <xsl:call-template name="acc-hint">
      <xsl:with-param name="name" select="'interets'"/>
      <xsl:with-param name="hint" select="'h-interets'"/>
    </xsl:call-template>
    <xsl:call-template name="acc-field-error">
      <xsl:with-param name="name" select="'interets'"/>
    </xsl:call-template>
    <div class="choices">
      <xsl:for-each select="/page/themes/theme">
        <xsl:variable name="slug" select="string(@slug)"/>
        <div class="choice">
          <input type="checkbox" id="f-interets-{$slug}" name="interets"
              value="{$slug}">
            <xsl:if test="/page/fields/field[@name = 'interets'][@value = $slug]">
              <xsl:attribute name="checked">checked</xsl:attribute>
            </xsl:if>
          </input>
          <label for="f-interets-{$slug}">
            <xsl:call-template name="theme-name">
              <xsl:with-param name="th" select="."/>
            </xsl:call-template>
          </label>
        </div>
      </xsl:for-each>
    </div>
  </fieldset>
</xsl:template>

<!-- The avatar: the current one, a file to replace it, a box to remove
     it. -->
<xsl:template name="acc-avatar">
  <xsl:variable name="src" select="string(/page/member/avatar/@src)"/>
  <div>
    <xsl:call-template name="acc-field-class">
      <xsl:with-param name="name" select="'image'"/>
    </xsl:call-template>
    <xsl:if test="$src != ''">
      <figure class="avatar-current">
        <xsl:call-template name="img">
          <xsl:with-param name="src" select="$src"/>
          <xsl:with-param name="class" select="'avatar'"/>
          <xsl:with-param name="lazy" select="false()"/>
          <xsl:with-param name="alt">
            <xsl:value-of select="ui:t('pe-current-avatar')"/>
          </xsl:with-param>
        </xsl:call-template>
        <figcaption>
          <xsl:value-of select="ui:t('pe-current-avatar')"/>
        </figcaption>
      </figure>
    </xsl:if>
    <label for="f-image">
      <xsl:call-template name="acc-label">
        <xsl:with-param name="name" select="'image'"/>
      </xsl:call-template>
      <xsl:call-template name="acc-optional"/>
    </label>
    <xsl:call-template name="acc-hint">
      <xsl:with-param name="name" select="'image'"/>
      <xsl:with-param name="hint" select="'h-image'"/>
    </xsl:call-template>
    <xsl:call-template name="acc-field-error">
      <xsl:with-param name="name" select="'image'"/>
    </xsl:call-template>
    <input type="file" id="f-image" name="image"
        accept="image/jpeg,image/png,image/gif,image/webp">
      <xsl:call-template name="acc-describedby">
        <xsl:with-param name="name" select="'image'"/>
        <xsl:with-param name="hint" select="'h-image'"/>
      </xsl:call-template>
    </input>
  </div>
  <xsl:if test="$src != ''">
    <xsl:call-template name="acc-checkbox">
      <xsl:with-param name="name" select="'sans_image'"/>
    </xsl:call-template>
  </xsl:if>
</xsl:template>

<!-- One box, value 1, ticked again when it was. -->
<xsl:template name="acc-checkbox">
  <xsl:param name="name"/>
  <xsl:param name="required" select="false()"/>
  <xsl:variable name="f" select="/page/fields/field[@name = $name][1]"/>
  <div>
    <xsl:call-template name="acc-field-class">
      <xsl:with-param name="name" select="$name"/>
      <xsl:with-param name="base" select="'field-choice'"/>
    </xsl:call-template>
    <xsl:call-template name="acc-field-error">
      <xsl:with-param name="name" select="$name"/>
    </xsl:call-template>
    <div class="choice">
      <input type="checkbox" id="f-{$name}" name="{$name}" value="1">
        <xsl:if test="$required">
          <xsl:attribute name="required">required</xsl:attribute>
        </xsl:if>
        <xsl:if test="$f/@value = '1'">
          <xsl:attribute name="checked">checked</xsl:attribute>
        </xsl:if>
        <xsl:call-template name="acc-describedby">
          <xsl:with-param name="name" select="$name"/>
        </xsl:call-template>
      </input>
      <label for="f-{$name}">
        <xsl:call-template name="acc-label">
          <xsl:with-param name="name" select="$name"/>
        </xsl:call-template>
      </label>
    </div>
  </div>
</xsl:template>

<!-- What becomes of the contributions: radios "contributions". -->
<xsl:template name="acc-keep">
  <xsl:variable name="f" select="/page/fields/field[@name = 'contributions'][1]"/>
  <xsl:variable name="err" select="normalize-space($f/@error) != ''"/>
  <fieldset class="field-choice keep-choice">
    <xsl:if test="$err">
      <xsl:attribute name="class">field-choice keep-choice field-invalid</xsl:attribute>
      <xsl:attribute name="aria-describedby">f-contributions-error</xsl:attribute>
    </xsl:if>
    <legend>
      <xsl:call-template name="acc-label">
        <xsl:with-param name="name" select="'contributions'"/>
      </xsl:call-template>
    </legend>
    <xsl:call-template name="acc-field-error">
      <xsl:with-param name="name" select="'contributions'"/>
    </xsl:call-template>
    <xsl:for-each select="str:tokenize('anonymiser supprimer', ' ')">
      <xsl:variable name="v" select="string(.)"/>
      <div class="choice choice-described">
        <input type="radio" id="f-contributions-{$v}" name="contributions"
            value="{$v}" required="required" aria-describedby="f-contributions-{$v}-hint">
          <xsl:if test="$f/@value = $v">
            <xsl:attribute name="checked">checked</xsl:attribute>
          </xsl:if>
          <xsl:if test="$err">
            <xsl:attribute name="aria-invalid">true</xsl:attribute>
          </xsl:if>
        </input>
        <div>
          <label for="f-contributions-{$v}">
            <xsl:value-of select="ui:t(concat('c-', $v))"/>
          </label>
          <p class="hint" id="f-contributions-{$v}-hint">
            <xsl:value-of select="ui:t(concat('h-', $v))"/>
          </p>
        </div>
      </div>
    </xsl:for-each>
  </fieldset>
</xsl:template>

<!-- Who the account is for: radios "genre" (person, institution, company). -->
<xsl:template name="acc-kind">
  <xsl:variable name="f" select="/page/fields/field[@name = 'genre'][1]"/>
  <xsl:variable name="err" select="normalize-space($f/@error) != ''"/>
  <fieldset class="field-choice account-kind">
    <xsl:if test="$err">
      <xsl:attribute name="class">field-choice account-kind field-invalid</xsl:attribute>
      <xsl:attribute name="aria-describedby">f-genre-error</xsl:attribute>
    </xsl:if>
    <legend>
      <xsl:call-template name="acc-label">
        <xsl:with-param name="name" select="'genre'"/>
      </xsl:call-template>
    </legend>
    <xsl:call-template name="acc-field-error">
      <xsl:with-param name="name" select="'genre'"/>
    </xsl:call-template>
    <xsl:call-template name="acc-radio">
      <xsl:with-param name="v" select="'person'"/>
      <xsl:with-param name="f" select="$f"/>
    </xsl:call-template>
    <xsl:call-template name="acc-radio">
      <xsl:with-param name="v" select="'institution'"/>
      <xsl:with-param name="f" select="$f"/>
    </xsl:call-template>
    <xsl:call-template name="acc-radio">
      <xsl:with-param name="v" select="'company'"/>
      <xsl:with-param name="f" select="$f"/>
    </xsl:call-template>
  </fieldset>
</xsl:template>

<xsl:template name="acc-radio">
  <xsl:param name="v"/>
  <xsl:param name="f"/>
  <div class="choice">
    <input type="radio" id="f-genre-{$v}" name="genre" value="{$v}"
        required="required">
      <xsl:if test="$f/@value = $v">
        <xsl:attribute name="checked">checked</xsl:attribute>
      </xsl:if>
      <xsl:if test="normalize-space($f/@error) != ''">
        <xsl:attribute name="aria-invalid">true</xsl:attribute>
      </xsl:if>
    </input>
    <label for="f-genre-{$v}">
      <xsl:value-of select="ui:t(concat('g-', $v))"/>
    </label>
  </div>
</xsl:template>

<!-- The home territory: a select of every territory. -->
<xsl:template name="acc-territory">
  <xsl:variable name="f" select="/page/fields/field[@name = 'territoire'][1]"/>
  <div class="field">
    <xsl:if test="normalize-space($f/@error) != ''">
      <xsl:attribute name="class">field field-invalid</xsl:attribute>
    </xsl:if>
    <label for="f-territoire">
      <xsl:call-template name="acc-label">
        <xsl:with-param name="name" select="'territoire'"/>
      </xsl:call-template>
    </label>
    <xsl:call-template name="acc-hint">
      <xsl:with-param name="name" select="'territoire'"/>
      <xsl:with-param name="hint" select="'h-territoire'"/>
    </xsl:call-template>
    <xsl:call-template name="acc-field-error">
      <xsl:with-param name="name" select="'territoire'"/>
    </xsl:call-template>
    <select id="f-territoire" name="territoire" required="required">
      <xsl:call-template name="acc-describedby">
        <xsl:with-param name="name" select="'territoire'"/>
        <xsl:with-param name="hint" select="'h-territoire'"/>
      </xsl:call-template>
      <option value="">
        <xsl:value-of select="ui:t('choose')"/>
      </option>
      <xsl:for-each select="/page/territories/territory">
        <option value="{@slug}">
          <xsl:if test="@slug = $f/@value">
            <xsl:attribute name="selected">selected</xsl:attribute>
          </xsl:if>
          <xsl:value-of select="."/>
        </option>
      </xsl:for-each>
    </select>
  </div>
</xsl:template>

<xsl:template name="acc-submit">
  <xsl:param name="k"/>
  <div class="form-actions">
    <button type="submit">
      <xsl:value-of select="ui:t($k)"/>
    </button>
  </div>
</xsl:template>

</xsl:stylesheet>
