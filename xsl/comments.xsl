<?xml version="1.0" encoding="UTF-8"?>
<!--
  comments.xsl: the comments of a contribution (item.xsl), the comment
  form, and what a member may do with a comment; included by layout.xsl,
  so that viewer.xsl renders the member's parts with the same templates:

    /page/comments/comment[@id @parent? @status]
        published, author (@id @url, avatar/@src, name), edited?, body
        (XHTML, cgi-bin/markdown.c's subset), replies/comment…
        A hidden or deleted comment comes only with its answers: a
        place-holder, without author nor text.

  In a page built for anyone (every public page, cgi-bin/personal.c) the
  member's parts are marks:
    <!-/-comment-form c=ID-/->…<!-/-/comment-form-/->   the form, for a member;
                                              for anyone else, how to log in
    <!-/-comment-actions i=ID m=AUTHOR-/->   edit, delete (its author), hide
                                             (who may edit the contribution)
  A page built for a member (its .xml twin: /page/viewer) has them whole.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:ui="tag:echosciences.fr,2026:ui"
    xmlns:str="http://exslt.org/strings"
    extension-element-prefixes="str"
    exclude-result-prefixes="ui str">

<!-- The comments of the page's item, and the form under them. -->
<xsl:template name="comments-section">
  <xsl:variable name="cid" select="string(/page/item/@id)"/>
  <xsl:variable name="n" select="count(/page/comments//comment[@status = 'published'])"/>
  <section class="comments" id="commentaires" aria-labelledby="commentaires-titre">
    <h2 id="commentaires-titre">
      <xsl:value-of select="ui:t('cm-title')"/>
      <xsl:if test="$n > 0">
        <xsl:text> </xsl:text>
        <span class="count">
          <xsl:text>(</xsl:text>
          <xsl:call-template name="number">
            <xsl:with-param name="n" select="$n"/>
          </xsl:call-template>
          <xsl:text>)</xsl:text>
        </span>
      </xsl:if>
    </h2>
    <xsl:choose>
      <xsl:when test="/page/comments/comment">
        <ol class="comment-list">
          <xsl:apply-templates select="/page/comments/comment" mode="comment">
            <xsl:with-param name="cid" select="$cid"/>
          </xsl:apply-templates>
        </ol>
      </xsl:when>
      <xsl:otherwise>
        <p class="comments-none"><xsl:value-of select="ui:t('cm-none')"/></p>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:choose>
      <xsl:when test="/page/viewer">
        <xsl:call-template name="comment-form">
          <xsl:with-param name="cid" select="$cid"/>
          <xsl:with-param name="csrf" select="string(/page/viewer/@csrf)"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:comment>
          <xsl:value-of select="concat('comment-form c=', $cid)"/>
        </xsl:comment>
        <p class="comment-login">
          <a href="/connexion?suivant={$path-url}">
            <xsl:value-of select="ui:t('cm-login')"/>
          </a>
          <xsl:value-of select="ui:t('cm-login-or')"/>
          <a href="/inscription"><xsl:value-of select="ui:t('cm-signup')"/></a>
          <xsl:value-of select="ui:t('cm-login-end')"/>
        </p>
        <xsl:comment>/comment-form</xsl:comment>
      </xsl:otherwise>
    </xsl:choose>
    <p class="comments-feed">
      <a href="{/page/item/@url}/commentaires.atom" type="application/atom+xml">
        <xsl:value-of select="ui:t('cm-feed')"/>
      </a>
    </p>
  </section>
</xsl:template>

<!-- The name of a comment's author, linked to their profile. -->
<xsl:template name="comment-author">
  <xsl:choose>
    <xsl:when test="author/name">
      <xsl:if test="author/avatar/@src">
        <img class="avatar" src="{author/avatar/@src}" alt="" width="40" height="40"/>
      </xsl:if>
      <a href="{author/@url}" class="comment-author"><xsl:value-of select="author/name"/></a>
    </xsl:when>
    <xsl:otherwise>
      <span class="comment-author author-gone"><xsl:value-of select="ui:t('former-member')"/></span>
    </xsl:otherwise>
  </xsl:choose>
</xsl:template>

<!-- The date of a comment, and "modifié" once its author changed it. -->
<xsl:template name="comment-date">
  <xsl:param name="link" select="true()"/>
  <xsl:choose>
    <xsl:when test="$link">
      <a href="#commentaire-{@id}" class="comment-date">
        <xsl:call-template name="time-date-time">
          <xsl:with-param name="d" select="string(published)"/>
        </xsl:call-template>
      </a>
    </xsl:when>
    <xsl:otherwise>
      <span class="comment-date">
        <xsl:call-template name="time-date-time">
          <xsl:with-param name="d" select="string(published)"/>
        </xsl:call-template>
      </span>
    </xsl:otherwise>
  </xsl:choose>
  <xsl:if test="edited">
    <xsl:text> · </xsl:text>
    <span class="comment-edited">
      <xsl:attribute name="title">
        <xsl:call-template name="date-short">
          <xsl:with-param name="d" select="string(edited)"/>
        </xsl:call-template>
      </xsl:attribute>
      <xsl:value-of select="ui:t('cm-edited')"/>
    </span>
  </xsl:if>
</xsl:template>

<xsl:template match="comment" mode="comment">
  <xsl:param name="cid"/>
  <li class="comment" id="commentaire-{@id}">
    <xsl:choose>
      <xsl:when test="@status = 'published'">
        <article class="comment-card">
          <header class="comment-head">
            <xsl:call-template name="comment-author"/>
            <xsl:text> </xsl:text>
            <xsl:call-template name="comment-date"/>
          </header>
          <div class="comment-body prose">
            <xsl:apply-templates select="body/node()" mode="prose"/>
          </div>
          <ul class="comment-actions">
            <li>
              <a href="/commentaires/nouveau?contribution={$cid}&amp;parent={@id}">
                <xsl:value-of select="ui:t('cm-reply')"/>
              </a>
            </li>
            <li>
              <a href="/signaler?commentaire={@id}">
                <xsl:value-of select="ui:t('va-report')"/>
              </a>
            </li>
            <xsl:choose>
              <xsl:when test="/page/viewer">
                <xsl:call-template name="comment-viewer-actions">
                  <xsl:with-param name="id" select="@id"/>
                  <xsl:with-param name="mine"
                      select="string(author/@id) != '' and author/@id = /page/viewer/@id"/>
                  <xsl:with-param name="moderate" select="boolean(/page/viewer-actions/@edit)"/>
                </xsl:call-template>
              </xsl:when>
              <xsl:otherwise>
                <xsl:comment>
                  <xsl:value-of select="concat('comment-actions i=', @id, ' m=', author/@id)"/>
                </xsl:comment>
              </xsl:otherwise>
            </xsl:choose>
          </ul>
        </article>
      </xsl:when>
      <xsl:otherwise>
        <p class="comment-gone">
          <xsl:value-of select="ui:t(concat('cm-gone-', @status))"/>
        </p>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:if test="replies/comment">
      <ol class="comment-replies">
        <xsl:apply-templates select="replies/comment" mode="comment">
          <xsl:with-param name="cid" select="$cid"/>
        </xsl:apply-templates>
      </ol>
    </xsl:if>
  </li>
</xsl:template>

<!-- What a member may do with a comment: its author edits and deletes
     it; who may edit the contribution hides it. -->
<xsl:template name="comment-viewer-actions">
  <xsl:param name="id"/>
  <xsl:param name="mine" select="false()"/>
  <xsl:param name="moderate" select="false()"/>
  <xsl:if test="$mine">
    <li><a href="/commentaires/{$id}/modifier"><xsl:value-of select="ui:t('cm-edit')"/></a></li>
    <li><a href="/commentaires/{$id}/supprimer"><xsl:value-of select="ui:t('cm-delete')"/></a></li>
  </xsl:if>
  <xsl:if test="$moderate">
    <li><a href="/commentaires/{$id}/masquer"><xsl:value-of select="ui:t('cm-hide')"/></a></li>
  </xsl:if>
</xsl:template>

<!-- The comment form: a new comment (cid), an answer (cid and parent),
     or the author's change (action). -->
<xsl:template name="comment-form">
  <xsl:param name="cid" select="''"/>
  <xsl:param name="parent" select="''"/>
  <xsl:param name="action" select="'/commentaires/nouveau'"/>
  <xsl:param name="csrf"/>
  <xsl:param name="value" select="''"/>
  <xsl:param name="error" select="''"/>
  <xsl:param name="label" select="'cm-l-texte'"/>
  <xsl:param name="button" select="'cm-b-publish'"/>
  <form class="comment-form" method="post" action="{$action}">
    <input type="hidden" name="csrf" value="{$csrf}"/>
    <xsl:if test="$cid != ''">
      <input type="hidden" name="contribution" value="{$cid}"/>
    </xsl:if>
    <xsl:if test="$parent != ''">
      <input type="hidden" name="parent" value="{$parent}"/>
    </xsl:if>
    <div class="field">
      <xsl:if test="$error != ''">
        <xsl:attribute name="class">field field-invalid</xsl:attribute>
      </xsl:if>
      <label for="comment-texte"><xsl:value-of select="ui:t($label)"/></label>
      <p class="hint" id="comment-texte-hint"><xsl:value-of select="ui:t('cm-h-texte')"/></p>
      <xsl:if test="$error != ''">
        <p class="field-error" id="comment-texte-error">
          <strong><xsl:value-of select="ui:t('error')"/></strong>
          <xsl:value-of select="ui:t('colon')"/>
          <xsl:value-of select="ui:t(concat('cm-e-', $error))"/>
        </p>
      </xsl:if>
      <textarea id="comment-texte" name="texte" rows="5" maxlength="5000" required="required">
        <xsl:attribute name="aria-describedby">
          <xsl:text>comment-texte-hint</xsl:text>
          <xsl:if test="$error != ''"> comment-texte-error</xsl:if>
        </xsl:attribute>
        <xsl:if test="$error != ''">
          <xsl:attribute name="aria-invalid">true</xsl:attribute>
        </xsl:if>
        <xsl:value-of select="$value"/>
      </textarea>
    </div>
    <p class="form-actions">
      <button type="submit" class="button"><xsl:value-of select="ui:t($button)"/></button>
    </p>
  </form>
</xsl:template>

</xsl:stylesheet>
