<?xml version="1.0" encoding="UTF-8"?>
<!--
  comment.xsl: the pages of a member's comment (cgi-bin/page-comment.c),
  each on the home territory of the contribution commented:

    comment-new     /commentaires/nouveau?contribution=ID[&parent=ID]:
                    write a comment, or answer <comment> (fields/@parent)
    comment-edit    /commentaires/ID/modifier: its author changes it
    comment-delete  /commentaires/ID/supprimer: its author deletes it
    comment-hide    /commentaires/ID/masquer: who may edit the contribution
                    hides it, or shows it again

  <target id kind url><title/></target> is the contribution; <comment>
  the comment (rows of STMT_COMMENT_SHOW); <fields><field name="texte"
  value error/></fields> the form sent again; <message code/> why an
  action was refused (cm-m-<code>).
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:ui="tag:echosciences.fr,2026:ui"
    exclude-result-prefixes="ui">

<xsl:include href="layout.xsl"/>

<xsl:variable name="cm-type" select="string(/page/@type)"/>
<xsl:variable name="cm-field" select="/page/fields/field[@name = 'texte']"/>
<xsl:variable name="cm-error" select="normalize-space($cm-field/@error)"/>
<xsl:variable name="cm-motif-error"
    select="normalize-space(/page/fields/field[@name = 'motif']/@error)"/>
<xsl:variable name="cm-mcode" select="string(/page/message/@code)"/>
<xsl:variable name="cm-reply" select="$cm-type = 'comment-new' and /page/comment/@id"/>
<xsl:variable name="cm-csrf" select="string(/page/csrf/@value)"/>

<xsl:template name="cm-heading">
  <xsl:choose>
    <xsl:when test="$cm-reply"><xsl:value-of select="ui:t('cm-title-reply')"/></xsl:when>
    <xsl:otherwise><xsl:value-of select="ui:t(concat('cm-title-', $cm-type))"/></xsl:otherwise>
  </xsl:choose>
</xsl:template>

<xsl:template match="page" mode="title">
  <xsl:if test="$cm-error != '' or $cm-motif-error != '' or $cm-mcode != ''">
    <xsl:value-of select="ui:t('error')"/>
    <xsl:value-of select="ui:t('colon')"/>
  </xsl:if>
  <xsl:call-template name="cm-heading"/>
</xsl:template>

<!-- A member's own form: not indexed. -->
<xsl:template match="page" mode="head">
  <meta name="robots" content="noindex"/>
</xsl:template>

<xsl:template match="page" mode="main">
  <div class="wrap wrap-narrow comment-page">
    <div class="page-head">
      <h1><xsl:call-template name="cm-heading"/></h1>
      <p class="comment-on">
        <xsl:value-of select="ui:t('cm-on')"/>
        <xsl:value-of select="ui:t('colon')"/>
        <a href="{target/@url}"><xsl:value-of select="target/title"/></a>
      </p>
    </div>
    <xsl:if test="$cm-error != '' or $cm-motif-error != ''">
      <div class="error-summary" role="alert" aria-labelledby="error-summary-title"
          tabindex="-1" autofocus="autofocus">
        <h2 id="error-summary-title"><xsl:value-of select="ui:t('err-summary')"/></h2>
        <ul>
          <xsl:if test="$cm-error != ''">
            <li>
              <a href="#comment-texte"><xsl:value-of select="ui:t(concat('cm-e-', $cm-error))"/></a>
            </li>
          </xsl:if>
          <xsl:if test="$cm-motif-error != ''">
            <li><a href="#motif"><xsl:value-of select="ui:t('cm-e-motif-invalid')"/></a></li>
          </xsl:if>
        </ul>
      </div>
    </xsl:if>
    <xsl:if test="$cm-mcode != ''">
      <p class="message message-error" role="alert">
        <xsl:value-of select="ui:t(concat('cm-m-', $cm-mcode))"/>
      </p>
    </xsl:if>
    <xsl:for-each select="comment[@id]">
      <section class="comment-quoted" aria-labelledby="comment-quoted-title">
        <h2 id="comment-quoted-title">
          <xsl:choose>
            <xsl:when test="$cm-reply"><xsl:value-of select="ui:t('cm-answering')"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="ui:t('cm-the-comment')"/></xsl:otherwise>
          </xsl:choose>
        </h2>
        <div class="comment-card">
          <p class="comment-head">
            <xsl:call-template name="comment-author"/>
            <xsl:text> </xsl:text>
            <xsl:call-template name="comment-date">
              <xsl:with-param name="link" select="false()"/>
            </xsl:call-template>
          </p>
          <xsl:choose>
            <xsl:when test="@status = 'unpublished'">
              <p class="comment-gone"><xsl:value-of select="ui:t('cm-hidden-now')"/></p>
            </xsl:when>
          </xsl:choose>
          <div class="comment-body prose">
            <xsl:apply-templates select="body/node()" mode="prose"/>
          </div>
        </div>
      </section>
    </xsl:for-each>
    <xsl:if test="$cm-mcode != 'not-yours' and $cm-mcode != 'not-allowed'">
      <xsl:choose>
        <xsl:when test="$cm-type = 'comment-new'">
          <xsl:call-template name="comment-form">
            <xsl:with-param name="cid" select="string(target/@id)"/>
            <xsl:with-param name="parent" select="string(fields/@parent)"/>
            <xsl:with-param name="csrf" select="$cm-csrf"/>
            <xsl:with-param name="value" select="string($cm-field/@value)"/>
            <xsl:with-param name="error" select="$cm-error"/>
            <xsl:with-param name="label">
              <xsl:choose>
                <xsl:when test="$cm-reply">cm-l-reply</xsl:when>
                <xsl:otherwise>cm-l-texte</xsl:otherwise>
              </xsl:choose>
            </xsl:with-param>
            <xsl:with-param name="button">
              <xsl:choose>
                <xsl:when test="$cm-reply">cm-b-reply</xsl:when>
                <xsl:otherwise>cm-b-publish</xsl:otherwise>
              </xsl:choose>
            </xsl:with-param>
          </xsl:call-template>
        </xsl:when>
        <xsl:when test="$cm-type = 'comment-edit'">
          <xsl:call-template name="comment-form">
            <xsl:with-param name="action" select="concat('/commentaires/', comment/@id, '/modifier')"/>
            <xsl:with-param name="csrf" select="$cm-csrf"/>
            <xsl:with-param name="value" select="string($cm-field/@value)"/>
            <xsl:with-param name="error" select="$cm-error"/>
            <xsl:with-param name="label" select="'cm-l-edit'"/>
            <xsl:with-param name="button" select="'cm-b-save'"/>
          </xsl:call-template>
        </xsl:when>
        <xsl:when test="$cm-type = 'comment-delete'">
          <form class="comment-form" method="post" action="/commentaires/{comment/@id}/supprimer">
            <input type="hidden" name="csrf" value="{$cm-csrf}"/>
            <p><xsl:value-of select="ui:t('cm-delete-intro')"/></p>
            <xsl:if test="comment/@replies > 0">
              <p><xsl:value-of select="ui:t('cm-delete-replies')"/></p>
            </xsl:if>
            <p class="form-actions">
              <button type="submit" class="button button-danger">
                <xsl:value-of select="ui:t('cm-b-delete')"/>
              </button>
            </p>
          </form>
        </xsl:when>
        <xsl:when test="$cm-type = 'comment-hide'">
          <xsl:call-template name="cm-hide-form"/>
        </xsl:when>
      </xsl:choose>
    </xsl:if>
    <p class="more">
      <a href="{target/@url}#commentaires"><xsl:value-of select="ui:t('cm-back')"/></a>
    </p>
  </div>
</xsl:template>

<xsl:template name="cm-hide-form">
  <xsl:variable name="hidden" select="comment/@status = 'unpublished'"/>
  <form class="comment-form" method="post" action="/commentaires/{comment/@id}/masquer">
    <input type="hidden" name="csrf" value="{$cm-csrf}"/>
    <xsl:choose>
      <xsl:when test="$hidden">
        <input type="hidden" name="action" value="retablir"/>
      </xsl:when>
      <xsl:otherwise>
        <input type="hidden" name="action" value="masquer"/>
        <p><xsl:value-of select="ui:t('cm-hide-intro')"/></p>
      </xsl:otherwise>
    </xsl:choose>
    <div class="field">
      <xsl:if test="$cm-motif-error != ''">
        <xsl:attribute name="class">field field-invalid</xsl:attribute>
      </xsl:if>
      <label for="motif"><xsl:value-of select="ui:t('cm-l-motif')"/></label>
      <p class="hint" id="motif-hint"><xsl:value-of select="ui:t('cm-h-motif')"/></p>
      <xsl:if test="$cm-motif-error != ''">
        <p class="field-error" id="motif-error">
          <strong><xsl:value-of select="ui:t('error')"/></strong>
          <xsl:value-of select="ui:t('colon')"/>
          <xsl:value-of select="ui:t('cm-e-motif-invalid')"/>
        </p>
      </xsl:if>
      <textarea id="motif" name="motif" rows="3" maxlength="1000">
        <xsl:attribute name="aria-describedby">
          <xsl:text>motif-hint</xsl:text>
          <xsl:if test="$cm-motif-error != ''"> motif-error</xsl:if>
        </xsl:attribute>
        <xsl:value-of select="/page/fields/field[@name = 'motif']/@value"/>
      </textarea>
    </div>
    <p class="form-actions">
      <button type="submit" class="button">
        <xsl:choose>
          <xsl:when test="$hidden"><xsl:value-of select="ui:t('cm-b-restore')"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="ui:t('cm-b-hide')"/></xsl:otherwise>
        </xsl:choose>
      </button>
    </p>
  </form>
</xsl:template>

</xsl:stylesheet>
