<?xml version="1.0" encoding="UTF-8"?>
<!--
  account.xsl: the pages of member accounts, all network-wide (no
  <territory>), one page type each:

    signup   /inscription          sign-up form
    login    /connexion            login form (<next>: where to go after)
    forgot   /mot-de-passe-oublie  asks for a reset link
    reset    /mot-de-passe         new password (<token>: the mail's token)
    account  /compte               the viewer's <member>, password change,
                                   logout here or everywhere
    message  (any)                 only says something: <message code>

  Every form page has <csrf value>, copied into each form's hidden "csrf"
  field.  The outcome of a POST comes as <fields><field name value error>
  (value: what was typed, never for passwords; error: a code) and
  <message code>.  Field errors give an error summary at the top (links
  to the fields) and a message tied to each field (aria-describedby,
  aria-invalid).
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

<xsl:include href="layout.xsl"/>

<xsl:variable name="type" select="string(/page/@type)"/>
<xsl:variable name="csrf" select="string(/page/csrf/@value)"/>
<xsl:variable name="mcode" select="string(/page/message/@code)"/>

<!-- A message code this sheet has words for. -->
<xsl:variable name="m-known" select="$mcode != '' and contains(
    '|signup-sent|confirmed|bad-token|login-failed|not-confirmed|reset-sent|reset-done|password-changed|logged-out|logged-out-everywhere|login-required|',
    concat('|', $mcode, '|'))"/>

<!-- Failures are alerts; the rest (done, or only information) a status. -->
<xsl:variable name="m-failed" select="$mcode = 'bad-token'
    or $mcode = 'login-failed' or $mcode = 'not-confirmed'"/>

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
    <xsl:when test="$type = 'account'">|actuel|mot_de_passe|</xsl:when>
  </xsl:choose>
</xsl:variable>

<!-- ==================================================================
     Title, head, main
     ================================================================== -->

<xsl:template match="page" mode="title">
  <xsl:if test="$errors or ($m-known and $m-failed)">
    <xsl:call-template name="t">
      <xsl:with-param name="k" select="'error'"/>
    </xsl:call-template>
    <xsl:call-template name="t">
      <xsl:with-param name="k" select="'colon'"/>
    </xsl:call-template>
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
      <xsl:otherwise><xsl:call-template name="acc-message-page"/></xsl:otherwise>
    </xsl:choose>
  </div>
</xsl:template>

<!-- ==================================================================
     The pages
     ================================================================== -->

<xsl:template name="acc-signup">
  <p class="intro">
    <xsl:call-template name="t">
      <xsl:with-param name="k" select="'all-required'"/>
    </xsl:call-template>
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
      <xsl:call-template name="t">
        <xsl:with-param name="k" select="'have-account'"/>
      </xsl:call-template>
      <xsl:text> </xsl:text>
      <a href="/connexion">
        <xsl:call-template name="t">
          <xsl:with-param name="k" select="'login'"/>
        </xsl:call-template>
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
        <xsl:call-template name="t">
          <xsl:with-param name="k" select="'forgot-link'"/>
        </xsl:call-template>
      </a>
    </li>
    <li>
      <xsl:call-template name="t">
        <xsl:with-param name="k" select="'no-account'"/>
      </xsl:call-template>
      <xsl:text> </xsl:text>
      <a href="/inscription">
        <xsl:call-template name="t">
          <xsl:with-param name="k" select="'signup'"/>
        </xsl:call-template>
      </a>
    </li>
  </ul>
</xsl:template>

<xsl:template name="acc-forgot">
  <p class="intro">
    <xsl:call-template name="t">
      <xsl:with-param name="k" select="'forgot-intro'"/>
    </xsl:call-template>
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
        <xsl:call-template name="t">
          <xsl:with-param name="k" select="'login'"/>
        </xsl:call-template>
      </a>
    </li>
  </ul>
</xsl:template>

<!-- Without a token (a bad link), no form: a way to get a new link. -->
<xsl:template name="acc-reset">
  <xsl:choose>
    <xsl:when test="normalize-space(/page/token) != ''">
      <p class="intro">
        <xsl:call-template name="t">
          <xsl:with-param name="k" select="'reset-intro'"/>
        </xsl:call-template>
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
          <xsl:call-template name="t">
            <xsl:with-param name="k" select="'m-bad-token'"/>
          </xsl:call-template>
        </p>
      </xsl:if>
      <p class="back">
        <a class="button" href="/mot-de-passe-oublie">
          <xsl:call-template name="t">
            <xsl:with-param name="k" select="'new-link'"/>
          </xsl:call-template>
        </a>
      </p>
    </xsl:otherwise>
  </xsl:choose>
</xsl:template>

<xsl:template name="acc-account">
  <xsl:variable name="m" select="/page/member"/>
  <xsl:variable name="ts" select="string($m/territory/@slug)"/>
  <section class="block" aria-labelledby="acc-details">
    <h2 id="acc-details">
      <xsl:call-template name="t">
        <xsl:with-param name="k" select="'acc-details'"/>
      </xsl:call-template>
    </h2>
    <dl class="facts account-facts">
      <div>
        <dt>
          <xsl:call-template name="t">
            <xsl:with-param name="k" select="'l-nom'"/>
          </xsl:call-template>
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
              <xsl:call-template name="t">
                <xsl:with-param name="k" select="'acc-profile'"/>
              </xsl:call-template>
            </a>
          </xsl:if>
        </dd>
      </div>
      <xsl:if test="$m/@kind = 'person' or $m/@kind = 'institution'
          or $m/@kind = 'company'">
        <div>
          <dt>
            <xsl:call-template name="t">
              <xsl:with-param name="k" select="'acc-kind'"/>
            </xsl:call-template>
          </dt>
          <dd>
            <xsl:call-template name="t">
              <xsl:with-param name="k" select="concat('gk-', $m/@kind)"/>
            </xsl:call-template>
          </dd>
        </div>
      </xsl:if>
      <div>
        <dt>
          <xsl:call-template name="t">
            <xsl:with-param name="k" select="'l-courriel'"/>
          </xsl:call-template>
        </dt>
        <dd class="account-email"><xsl:value-of select="$m/email"/></dd>
      </div>
      <xsl:if test="$ts != ''">
        <div>
          <dt>
            <xsl:call-template name="t">
              <xsl:with-param name="k" select="'l-territoire'"/>
            </xsl:call-template>
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
            <xsl:call-template name="t">
              <xsl:with-param name="k" select="'acc-created'"/>
            </xsl:call-template>
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
  <section class="block" aria-labelledby="acc-password">
    <h2 id="acc-password">
      <xsl:call-template name="t">
        <xsl:with-param name="k" select="'acc-password'"/>
      </xsl:call-template>
    </h2>
    <form class="account-form" method="post" action="/compte/mot-de-passe">
      <xsl:call-template name="acc-csrf"/>
      <xsl:call-template name="acc-input">
        <xsl:with-param name="name" select="'actuel'"/>
        <xsl:with-param name="type" select="'password'"/>
        <xsl:with-param name="autocomplete" select="'current-password'"/>
      </xsl:call-template>
      <xsl:call-template name="acc-input">
        <xsl:with-param name="name" select="'mot_de_passe'"/>
        <xsl:with-param name="type" select="'password'"/>
        <xsl:with-param name="hint" select="'h-mot_de_passe'"/>
        <xsl:with-param name="autocomplete" select="'new-password'"/>
        <xsl:with-param name="minlength" select="'10'"/>
      </xsl:call-template>
      <xsl:call-template name="acc-submit">
        <xsl:with-param name="k" select="'b-change'"/>
      </xsl:call-template>
    </form>
  </section>
  <section class="block" aria-labelledby="acc-sessions">
    <h2 id="acc-sessions">
      <xsl:call-template name="t">
        <xsl:with-param name="k" select="'acc-sessions'"/>
      </xsl:call-template>
    </h2>
    <div class="account-actions">
      <xsl:call-template name="logout-form">
        <xsl:with-param name="csrf" select="$csrf"/>
      </xsl:call-template>
      <form method="post" action="/compte/deconnexion-partout">
        <xsl:call-template name="acc-csrf"/>
        <p class="hint" id="acc-everywhere-hint">
          <xsl:call-template name="t">
            <xsl:with-param name="k" select="'acc-everywhere-hint'"/>
          </xsl:call-template>
        </p>
        <button type="submit" class="button-secondary"
            aria-describedby="acc-everywhere-hint">
          <xsl:call-template name="t">
            <xsl:with-param name="k" select="'b-logout-all'"/>
          </xsl:call-template>
        </button>
      </form>
    </div>
  </section>
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
      <xsl:call-template name="t">
        <xsl:with-param name="k" select="'colon'"/>
      </xsl:call-template>
      <strong class="account-email"><xsl:value-of select="$mail"/></strong>
    </p>
  </xsl:if>
  <ul class="account-links">
    <xsl:if test="$mcode = 'bad-token' and /page/@path = '/mot-de-passe'">
      <li>
        <a href="/mot-de-passe-oublie">
          <xsl:call-template name="t">
            <xsl:with-param name="k" select="'new-link'"/>
          </xsl:call-template>
        </a>
      </li>
    </xsl:if>
    <xsl:if test="not(/page/viewer) and ($mcode = 'confirmed'
        or $mcode = 'reset-done' or $mcode = 'logged-out'
        or $mcode = 'logged-out-everywhere' or $mcode = 'login-required')">
      <li>
        <a href="/connexion">
          <xsl:call-template name="t">
            <xsl:with-param name="k" select="'login'"/>
          </xsl:call-template>
        </a>
      </li>
    </xsl:if>
    <li>
      <a href="/">
        <xsl:call-template name="t">
          <xsl:with-param name="k" select="'back-home'"/>
        </xsl:call-template>
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
      <xsl:call-template name="t">
        <xsl:with-param name="k" select="concat('m-', $mcode)"/>
      </xsl:call-template>
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
        <xsl:call-template name="t">
          <xsl:with-param name="k" select="'err-summary'"/>
        </xsl:call-template>
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
              <xsl:when test="contains($shown, concat('|', @name, '|'))">
                <a>
                  <xsl:attribute name="href">
                    <xsl:text>#f-</xsl:text>
                    <xsl:value-of select="@name"/>
                    <!-- A group of radios: its first button. -->
                    <xsl:if test="@name = 'genre'">-person</xsl:if>
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
    <xsl:call-template name="t">
      <xsl:with-param name="k" select="concat('e-', $name, '-', $code)"/>
    </xsl:call-template>
  </xsl:variable>
  <xsl:variable name="generic">
    <xsl:call-template name="t">
      <xsl:with-param name="k" select="concat('e-', $code)"/>
    </xsl:call-template>
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
        <xsl:call-template name="t">
          <xsl:with-param name="k" select="'colon'"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:choose>
        <xsl:when test="$generic != ''"><xsl:value-of select="$generic"/></xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="t">
            <xsl:with-param name="k" select="'e-invalid'"/>
          </xsl:call-template>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:otherwise>
  </xsl:choose>
</xsl:template>

<!-- A field's error under its label (id f-<name>-error), or nothing. -->
<xsl:template name="acc-field-error">
  <xsl:param name="name"/>
  <xsl:variable name="code"
      select="normalize-space(/page/fields/field[@name = $name][1]/@error)"/>
  <xsl:if test="$code != ''">
    <p class="field-error" id="f-{$name}-error">
      <span class="visually-hidden">
        <xsl:call-template name="t">
          <xsl:with-param name="k" select="'error'"/>
        </xsl:call-template>
        <xsl:call-template name="t">
          <xsl:with-param name="k" select="'colon'"/>
        </xsl:call-template>
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
     again. -->
<xsl:template name="acc-label">
  <xsl:param name="name"/>
  <xsl:variable name="k">
    <xsl:choose>
      <xsl:when test="$name = 'mot_de_passe' and ($type = 'reset'
          or $type = 'account')">l-new-password</xsl:when>
      <xsl:when test="$name = 'genre' or $name = 'nom' or $name = 'courriel'
          or $name = 'mot_de_passe' or $name = 'actuel'
          or $name = 'territoire'">l-<xsl:value-of select="$name"/></xsl:when>
    </xsl:choose>
  </xsl:variable>
  <xsl:if test="$k != ''">
    <xsl:call-template name="t">
      <xsl:with-param name="k" select="$k"/>
    </xsl:call-template>
  </xsl:if>
</xsl:template>

<!-- The ids a control is described by: its hint, its error. -->
<xsl:template name="acc-describedby">
  <xsl:param name="name"/>
  <xsl:param name="hint" select="''"/>
  <xsl:variable name="err"
      select="normalize-space(/page/fields/field[@name = $name][1]/@error) != ''"/>
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

<!-- A field's hint (id f-<name>-hint). -->
<xsl:template name="acc-hint">
  <xsl:param name="name"/>
  <xsl:param name="hint"/>
  <xsl:if test="$hint != ''">
    <p class="hint" id="f-{$name}-hint">
      <xsl:call-template name="t">
        <xsl:with-param name="k" select="$hint"/>
      </xsl:call-template>
    </p>
  </xsl:if>
</xsl:template>

<!-- A required text, e-mail or password field: label, hint, error, then
     the control, pre-filled with what was typed (never a password). -->
<xsl:template name="acc-input">
  <xsl:param name="name"/>
  <xsl:param name="type" select="'text'"/>
  <xsl:param name="hint" select="''"/>
  <xsl:param name="autocomplete"/>
  <xsl:param name="minlength" select="''"/>
  <xsl:param name="maxlength" select="''"/>
  <xsl:variable name="f" select="/page/fields/field[@name = $name][1]"/>
  <div class="field">
    <xsl:if test="normalize-space($f/@error) != ''">
      <xsl:attribute name="class">field field-invalid</xsl:attribute>
    </xsl:if>
    <label for="f-{$name}">
      <xsl:call-template name="acc-label">
        <xsl:with-param name="name" select="$name"/>
      </xsl:call-template>
    </label>
    <xsl:call-template name="acc-hint">
      <xsl:with-param name="name" select="$name"/>
      <xsl:with-param name="hint" select="$hint"/>
    </xsl:call-template>
    <xsl:call-template name="acc-field-error">
      <xsl:with-param name="name" select="$name"/>
    </xsl:call-template>
    <input type="{$type}" id="f-{$name}" name="{$name}" required="required"
        autocomplete="{$autocomplete}">
      <xsl:choose>
        <xsl:when test="$type = 'email'">
          <xsl:attribute name="inputmode">email</xsl:attribute>
          <xsl:attribute name="maxlength">254</xsl:attribute>
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
      </xsl:call-template>
      <xsl:if test="$type != 'password' and $f/@value">
        <xsl:attribute name="value"><xsl:value-of select="$f/@value"/></xsl:attribute>
      </xsl:if>
    </input>
  </div>
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
      <xsl:call-template name="t">
        <xsl:with-param name="k" select="concat('g-', $v)"/>
      </xsl:call-template>
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
        <xsl:call-template name="t">
          <xsl:with-param name="k" select="'choose'"/>
        </xsl:call-template>
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
      <xsl:call-template name="t">
        <xsl:with-param name="k" select="$k"/>
      </xsl:call-template>
    </button>
  </div>
</xsl:template>

</xsl:stylesheet>
