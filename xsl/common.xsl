<?xml version="1.0" encoding="UTF-8"?>
<!--
  common.xsl: what both the HTML pages (layout.xsl) and the Atom feeds
  (atom.xsl) need, and no xsl:output (each of those two sets its own):
  page-wide values, the UI strings in both languages (template "t": the
  only place where words of the interface are written), dates (RFC 3339
  in Europe/Paris time, as the C code writes them), numbers, URL checks.

  The XML is built by cgi-bin/ (page.c page_begin and the page-*.c
  handlers; column aliases in db-stmts.c).  Nothing here reads files or
  the network.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:exsl="http://exslt.org/common"
    xmlns:str="http://exslt.org/strings"
    extension-element-prefixes="exsl str"
    exclude-result-prefixes="exsl str">

<xsl:decimal-format name="fr" grouping-separator="&#160;" decimal-separator=","/>
<xsl:decimal-format name="en" grouping-separator="," decimal-separator="."/>

<!-- ==================================================================
     Page-wide values
     ================================================================== -->

<xsl:variable name="lang">
  <xsl:choose>
    <xsl:when test="/page/@lang = 'en'">en</xsl:when>
    <xsl:otherwise>fr</xsl:otherwise>
  </xsl:choose>
</xsl:variable>

<xsl:variable name="base" select="string(/page/@base)"/>

<xsl:variable name="site">
  <xsl:choose>
    <xsl:when test="normalize-space(/page/@site-name) != ''">
      <xsl:value-of select="/page/@site-name"/>
    </xsl:when>
    <xsl:otherwise>Échosciences</xsl:otherwise>
  </xsl:choose>
</xsl:variable>

<!-- The page's path for href and action attributes: percent-encoded, so
     that even a hostile path (error pages echo any path) stays a valid URL. -->
<xsl:variable name="path-url"
    select="str:replace(str:encode-uri(string(/page/@path), true()), '%2F', '/')"/>

<!-- The first segment of the path: a territory's slug on most pages. -->
<xsl:variable name="seg1"
    select="substring-before(substring(/page/@path, 2), '/')"/>

<!-- The territory the page belongs to: the page's own, a member's home
     territory (public profiles only: the account pages, which show the
     viewer's own <member>, are network-wide), or (error pages) the one
     named by the path. -->
<xsl:variable name="tslug">
  <xsl:choose>
    <xsl:when test="/page/territory/@slug">
      <xsl:value-of select="/page/territory/@slug"/>
    </xsl:when>
    <xsl:when test="/page/@type = 'member' and /page/member/territory/@slug">
      <xsl:value-of select="/page/member/territory/@slug"/>
    </xsl:when>
    <xsl:when test="$seg1 != '' and /page/territories/territory[@slug = $seg1]">
      <xsl:value-of select="$seg1"/>
    </xsl:when>
  </xsl:choose>
</xsl:variable>

<xsl:variable name="tname"
    select="string(/page/territories/territory[@slug = $tslug])"/>

<xsl:variable name="thome">
  <xsl:choose>
    <xsl:when test="$tslug != ''">
      <xsl:value-of select="concat('/', $tslug, '/')"/>
    </xsl:when>
    <xsl:otherwise>/</xsl:otherwise>
  </xsl:choose>
</xsl:variable>

<!-- ==================================================================
     UI strings: the only place where words of the interface are written.
     ================================================================== -->

<!-- Every UI string, one table per language: "|key=text|…".  A string
     table is a single text node, so nothing is built per page, and a look-up
     is one substring search (a node-set of <s> elements cost a millisecond
     a page). -->
<xsl:variable name="strings-fr">|skip=Aller au contenu|tagline=Le réseau social de la culture scientifique|nav-sections=Rubriques|nav-territories=Territoires|nav-breadcrumb=Fil d’Ariane|network=Réseau national|sec-home=À la une|sec-articles=Articles|sec-agenda=Agenda|sec-annonces=Annonces|sec-dossiers=Dossiers|sec-projects=Projets|sec-structures=Structures|sec-themes=Thèmes|licence=Contenus publiés sous licence|feed-page=Flux Atom de cette page|feed-territory=Flux Atom du territoire|feed-network=Flux Atom du réseau|xml-page=Cette page en XML|footer-about=Échosciences, le réseau social de la culture scientifique, technique et industrielle.|footer-links=Liens du pied de page|k-article=Article|k-event=Événement|k-annonce=Annonce|k-dossier=Dossier|k-project=Projet|p-article=Articles|p-event=Agenda|p-annonce=Annonces|p-dossier=Dossiers|p-project=Projets|by=Par|published=Publié le|updated=mis à jour le|views=vues|view=vue|theme=Thème|tags=Mots-clés|tag=Mot-clé|shared=Partagé sur|structure=Structure|practical=Infos pratiques|dates=Dates|date=Date|place=Lieu|map=Voir le lieu sur OpenStreetMap|audience=Public|price=Tarif|mode=Format|mode-offline=Sur place|mode-online=En ligne|mode-mixed=Sur place et en ligne|registration=Inscription|register=S’inscrire|status=Statut|st-cancelled=Annulé|st-postponed=Reporté|st-scheduled=Programmé|notice-cancelled=Cet événement est annulé.|notice-postponed=Cet événement est reporté : de nouvelles dates seront annoncées.|annonce-kind=Type d’annonce|ak-call=Appel à projets|ak-job=Offre d’emploi|ak-volunteers=Appel à bénévoles|ak-other=Autre|deadline=Date limite|in-dossier=Dans ce dossier|filters=Filtres|filter=Filtrer|all-themes=Tous les thèmes|remove-filter=Retirer le filtre|older=Plus ancien|later=Plus tard|empty=Rien à afficher pour l’instant.|empty-agenda=Aucun événement ne correspond à cette recherche.|colon=&#160;: |from=Du|to=Au|from-l=du|to-l=au|until=jusqu’au|past-events=Voir les événements passés|upcoming-back=Revenir aux événements à venir|past-title=Événements passés|upcoming-title=Agenda|stats=Le réseau en chiffres|st-territories=territoires|st-members=membres|st-contributions=contributions|st-visits=pages vues en 30 jours|territories-title=Les territoires|latest=Dernières publications|upcoming=Prochains événements|themes=Thèmes|featured=À la une|latest-articles=Derniers articles|annonces=Annonces|all-articles=Tous les articles|all-agenda=Tout l’agenda|all-annonces=Toutes les annonces|territory-intro=La culture scientifique près de chez vous : articles, événements, annonces et projets des acteurs du territoire.|member-since=Membre depuis le|website=Site web|contributions=Contributions|about=Présentation|home-territory=Territoire|mk-person=Membre|mk-institution=Institution|mk-company=Entreprise|sk-museum=Musée, centre de sciences|sk-lab=Laboratoire|sk-association=Association|sk-company=Entreprise|sk-library=Bibliothèque|sk-school=Établissement d’enseignement|sk-other=Structure|address=Adresse|structures-intro=Musées, laboratoires, associations, bibliothèques… les acteurs de la culture scientifique du territoire.|themes-intro=Toutes les contributions du territoire, classées par thème.|theme-intro=Les contributions du thème|tag-intro=Les contributions avec le mot-clé|err-400=Requête invalide|err-404=Page introuvable|err-405=Méthode non autorisée|err-413=Requête trop volumineuse|err-414=Adresse trop longue|err-500=Erreur interne|err-503=Service indisponible|err-other=Erreur|msg-400=La requête n’a pas pu être comprise. Vérifiez l’adresse ou les filtres choisis.|msg-400-key-a=La valeur du paramètre|msg-400-key-b=n’est pas valide.|msg-404=La page demandée n’existe pas, ou plus. Elle a peut-être été déplacée ou dépubliée.|msg-405=Cette adresse ne se consulte qu’en lecture (GET ou HEAD).|msg-413=Les données envoyées sont trop volumineuses.|msg-414=L’adresse demandée est trop longue.|msg-500=Une erreur inattendue s’est produite de notre côté. Réessayez dans un instant.|msg-503=Service momentanément indisponible, réessayez dans quelques secondes.|error-code=Code d’erreur|back-home=Revenir à l’accueil|back-territory=Revenir à l’accueil du territoire|wd0=dimanche|wd1=lundi|wd2=mardi|wd3=mercredi|wd4=jeudi|wd5=vendredi|wd6=samedi|m1=janvier|m2=février|m3=mars|m4=avril|m5=mai|m6=juin|m7=juillet|m8=août|m9=septembre|m10=octobre|m11=novembre|m12=décembre|ms1=janv.|ms2=févr.|ms3=mars|ms4=avr.|ms5=mai|ms6=juin|ms7=juil.|ms8=août|ms9=sept.|ms10=oct.|ms11=nov.|ms12=déc.|og-default=Articles, agenda, annonces et projets de la culture scientifique, technique et industrielle, près de chez vous.|ics-title=Agenda au format iCalendar|ics-title-event=Cet événement au format iCalendar|ics-event=Ajouter à mon agenda (.ics)|ics-agenda=S’abonner à cet agenda (iCalendar)|json-title=Cette page en JSON|partners=Partenaires : données ouvertes et widget|partners-title=Partenaires : données ouvertes et widget|partners-intro=Musées, bibliothèques, médias, collectivités : reprenez l’agenda et les articles d’Échosciences sur vos sites, dans vos applications et vos agendas. Tout est public, gratuit et sans inscription.|partners-lang=|wb-title=Créer un widget|wb-intro=Choisissez ce que le widget montre, vérifiez l’aperçu, puis copiez le code dans une page de votre site. Le widget fonctionne sans JavaScript.|wb-doc=Toute la documentation pour les partenaires|wb-settings=Réglages|wb-kind=Contenu|wb-kind-agenda=Agenda|wb-kind-articles=Articles|wb-territory=Territoire|wb-tag=Mot-clé|wb-tag-hint=Le mot-clé tel qu’il figure dans l’adresse de sa page, par exemple astronomie.|wb-structure=Numéro de structure|wb-structure-hint=Le nombre au début de l’adresse de la structure : 3 pour /grenoble/structures/3-la-casemate.|wb-n=Nombre d’éléments (1 à 20)|wb-style=Style|wb-style-clair=Clair|wb-style-sombre=Sombre|wb-update=Mettre à jour l’aperçu|wb-preview=Aperçu|wb-preview-title=Aperçu du widget|wb-code=Code à copier|wb-iframe-label=Code HTML du widget, à coller dans votre page|wb-script-label=Script facultatif, à coller une seule fois par page|wb-script-help=Ce script facultatif ajuste la hauteur du cadre à son contenu, pour qu’il ne défile pas. Une seule copie suffit, même pour plusieurs widgets dans la page. Sans lui, le cadre garde sa hauteur de 420 pixels.|w-more-event=Tout l’agenda sur|w-more-article=Tous les articles sur|w-new-tab=Les liens s’ouvrent dans un nouvel onglet.|w-empty-event=Aucun événement à venir pour l’instant.|search=Rechercher|search-in=Rechercher sur|search-title=Recherche|search-words=Mots à chercher|search-hint=Tapez un ou plusieurs mots pour chercher parmi les articles, les événements, les annonces, les dossiers et les projets.|search-none=Aucun résultat pour|search-other=Essayez un autre mot.|search-more=Résultats suivants|search-network=Chercher dans tout le réseau|q-open=«&#160;|q-close=&#160;»|sec-communities=Communautés|k-community=Communauté|communities-intro=Des membres réunis autour d’un sujet qui les passionne, et ce qu’ils publient.|member-1=membre|members-n=membres|members=Membres|animated-by=Animée par|and=et|others-pre=Et|others-1=autre membre|others-n=autres membres|created-f=Créée le|community-posts=Publications des membres|follow-dossier=Suivre ce dossier (Atom)|follow-community=Suivre cette communauté (Atom)|err-403=Action refusée|err-429=Trop de tentatives|msg-403=Ce formulaire a expiré ou ne vient pas de ce site. Rechargez la page et réessayez.|msg-429=Trop d’essais en peu de temps. Patientez quelques minutes avant de réessayer.|acc-nav=Compte|my-account=Mon compte|login=Se connecter|logout=Se déconnecter|signup=Créer un compte|forgot-title=Mot de passe oublié|reset-title=Choisir un nouveau mot de passe|all-required=Tous les champs sont obligatoires.|forgot-intro=Indiquez l’adresse électronique de votre compte&#160;: vous recevrez un lien pour choisir un nouveau mot de passe.|reset-intro=Choisissez le nouveau mot de passe de votre compte.|new-link=Demander un nouveau lien|l-genre=Qui crée ce compte&#160;?|g-person=Une personne|g-institution=Une institution (musée, laboratoire, association…)|g-company=Une entreprise|gk-person=Personne|gk-institution=Institution|gk-company=Entreprise|l-nom=Nom affiché|h-nom=Votre prénom et votre nom, ou le nom de votre structure|l-courriel=Adresse électronique|l-mot_de_passe=Mot de passe|l-new-password=Nouveau mot de passe|h-mot_de_passe=10 caractères au moins|l-actuel=Mot de passe actuel|l-territoire=Votre territoire|h-territoire=Votre compte vaut pour tous les territoires|choose=Choisissez…|b-signup=Créer mon compte|b-forgot=Recevoir un lien|b-reset=Enregistrer le mot de passe|b-change=Changer le mot de passe|b-logout-all=Se déconnecter de tous les appareils|have-account=Déjà un compte&#160;?|no-account=Pas encore de compte&#160;?|forgot-link=Mot de passe oublié&#160;?|acc-details=Mes informations|acc-kind=Type de compte|acc-created=Date d’inscription|acc-profile=Voir mon profil public|acc-password=Changer de mot de passe|acc-sessions=Sessions|acc-everywhere-hint=Ferme votre session sur chaque appareil où elle est ouverte, celui-ci compris&#160;: utile après avoir utilisé un ordinateur partagé ou perdu un téléphone.|err-summary=Ce formulaire est à corriger|error=Erreur|e-required=Ce champ est à remplir.|e-invalid=Cette valeur n’est pas valide.|e-taken=Cette valeur est déjà prise.|e-too-short=C’est trop court.|e-too-long=C’est trop long.|e-mot_de_passe-same-as-email=Le mot de passe ne doit pas être votre adresse électronique.|e-mot_de_passe-repeated=Le mot de passe ne doit pas répéter un seul et même caractère.|e-wrong-password=Mot de passe incorrect.|e-genre-required=Indiquez qui crée ce compte.|e-genre-invalid=Indiquez qui crée ce compte.|e-nom-required=Indiquez le nom à afficher.|e-nom-invalid=Ce nom contient des caractères non acceptés.|e-nom-too-short=Ce nom est trop court.|e-nom-too-long=Le nom ne doit pas dépasser 100 caractères.|e-nom-taken=Ce nom est déjà celui d’un autre compte.|e-courriel-required=Indiquez votre adresse électronique.|e-courriel-invalid=Indiquez une adresse électronique valide, comme nom@exemple.fr.|e-courriel-taken=Un compte existe déjà pour cette adresse&#160;: connectez-vous, ou demandez un nouveau mot de passe.|e-courriel-too-long=L’adresse ne doit pas dépasser 254 caractères.|e-mot_de_passe-required=Indiquez un mot de passe.|e-mot_de_passe-invalid=Ce mot de passe contient des caractères non acceptés.|e-mot_de_passe-too-short=Le mot de passe doit compter 10 caractères au moins.|e-mot_de_passe-too-long=Ce mot de passe est trop long.|e-actuel-required=Indiquez votre mot de passe actuel.|e-actuel-wrong-password=Ce n’est pas votre mot de passe actuel.|e-territoire-required=Choisissez un territoire dans la liste.|e-territoire-invalid=Choisissez un territoire dans la liste.|m-signup-sent=Presque fini&#160;! Un courriel vient de partir vers cette adresse&#160;: suivez son lien pour activer votre compte.|m-confirmed=Votre adresse est confirmée&#160;: bienvenue&#160;!|m-bad-token=Ce lien n’est plus valable&#160;: il a déjà servi ou a expiré.|m-login-failed=Adresse ou mot de passe incorrect.|m-not-confirmed=Ce compte n’est pas encore activé&#160;: suivez le lien du courriel reçu à l’inscription.|m-reset-sent=Si un compte existe pour cette adresse, un courriel vient de partir avec un lien valable deux heures.|m-reset-done=Votre nouveau mot de passe est enregistré.|m-password-changed=Votre mot de passe est changé.|m-logged-out=Votre session est fermée.|m-logged-out-everywhere=Votre session est fermée sur tous les appareils.|m-login-required=Connectez-vous pour continuer.|mt-signup-sent=Vérifiez votre messagerie|mt-confirmed=Adresse confirmée|mt-bad-token=Lien expiré|mt-login-failed=Connexion refusée|mt-not-confirmed=Compte à activer|mt-reset-sent=Vérifiez votre messagerie|mt-reset-done=Mot de passe enregistré|mt-password-changed=Mot de passe changé|mt-logged-out=Déconnexion|mt-logged-out-everywhere=Déconnexion de tous les appareils|mt-login-required=Connexion nécessaire|mt-other=Information|</xsl:variable>
<xsl:variable name="strings-en">|skip=Skip to main content|tagline=The social network of science culture|nav-sections=Sections|nav-territories=Territories|nav-breadcrumb=Breadcrumb|network=National network|sec-home=Home|sec-articles=Articles|sec-agenda=Events|sec-annonces=Notices|sec-dossiers=Features|sec-projects=Projects|sec-structures=Organisations|sec-themes=Themes|licence=Content published under the licence|feed-page=Atom feed of this page|feed-territory=Atom feed of the territory|feed-network=Atom feed of the network|xml-page=This page as XML|footer-about=Échosciences, the social network of scientific, technical and industrial culture.|footer-links=Footer links|k-article=Article|k-event=Event|k-annonce=Notice|k-dossier=Feature|k-project=Project|p-article=Articles|p-event=Events|p-annonce=Notices|p-dossier=Features|p-project=Projects|by=By|published=Published|updated=updated|views=views|view=view|theme=Theme|tags=Tags|tag=Tag|shared=Shared on|structure=Organisation|practical=Practical information|dates=Dates|date=Date|place=Venue|map=See the venue on OpenStreetMap|audience=Audience|price=Price|mode=Format|mode-offline=In person|mode-online=Online|mode-mixed=In person and online|registration=Registration|register=Register|status=Status|st-cancelled=Cancelled|st-postponed=Postponed|st-scheduled=Scheduled|notice-cancelled=This event is cancelled.|notice-postponed=This event is postponed: new dates will be announced.|annonce-kind=Kind of notice|ak-call=Call for projects|ak-job=Job offer|ak-volunteers=Volunteers wanted|ak-other=Other|deadline=Deadline|in-dossier=In this feature|filters=Filters|filter=Filter|all-themes=All themes|remove-filter=Remove the filter|older=Older|later=Later|empty=Nothing to show yet.|empty-agenda=No event matches this search.|colon=: |from=From|to=To|from-l=from|to-l=to|until=until|past-events=See past events|upcoming-back=Back to upcoming events|past-title=Past events|upcoming-title=Events|stats=The network in figures|st-territories=territories|st-members=members|st-contributions=contributions|st-visits=page views in 30 days|territories-title=Territories|latest=Latest posts|upcoming=Upcoming events|themes=Themes|featured=Featured|latest-articles=Latest articles|annonces=Notices|all-articles=All articles|all-agenda=All events|all-annonces=All notices|territory-intro=Science culture near you: articles, events, notices and projects from local organisations.|member-since=Member since|website=Website|contributions=Contributions|about=About|home-territory=Territory|mk-person=Member|mk-institution=Institution|mk-company=Company|sk-museum=Museum, science centre|sk-lab=Laboratory|sk-association=Association|sk-company=Company|sk-library=Library|sk-school=School or university|sk-other=Organisation|address=Address|structures-intro=Museums, laboratories, associations, libraries… the organisations of science culture in the territory.|themes-intro=All contributions of the territory, by theme.|theme-intro=Contributions on the theme|tag-intro=Contributions tagged|err-400=Bad request|err-404=Page not found|err-405=Method not allowed|err-413=Request too large|err-414=Address too long|err-500=Internal error|err-503=Service unavailable|err-other=Error|msg-400=The request could not be understood. Check the address or the chosen filters.|msg-400-key-a=The value of the parameter|msg-400-key-b=is not valid.|msg-404=The page you asked for does not exist, or no longer does. It may have been moved or unpublished.|msg-405=This address can only be read (GET or HEAD).|msg-413=The data sent is too large.|msg-414=The requested address is too long.|msg-500=An unexpected error happened on our side. Please try again in a moment.|msg-503=Service temporarily unavailable, please try again in a few seconds.|error-code=Error code|back-home=Back to the home page|back-territory=Back to the territory’s home page|wd0=Sunday|wd1=Monday|wd2=Tuesday|wd3=Wednesday|wd4=Thursday|wd5=Friday|wd6=Saturday|m1=January|m2=February|m3=March|m4=April|m5=May|m6=June|m7=July|m8=August|m9=September|m10=October|m11=November|m12=December|ms1=Jan|ms2=Feb|ms3=Mar|ms4=Apr|ms5=May|ms6=Jun|ms7=Jul|ms8=Aug|ms9=Sep|ms10=Oct|ms11=Nov|ms12=Dec|og-default=Articles, events, notices and projects of scientific, technical and industrial culture, near you.|ics-title=Calendar in iCalendar format|ics-title-event=This event in iCalendar format|ics-event=Add to my calendar (.ics)|ics-agenda=Subscribe to this calendar (iCalendar)|json-title=This page as JSON|partners=Partners: open data and widget|partners-title=Partners: open data and widget|partners-intro=Museums, libraries, media, local authorities: reuse Échosciences events and articles on your websites, in your apps and in your calendars. Everything is public, free and needs no account.|partners-lang=The reference below is written in French. The addresses, parameters and formats it describes are the same whatever the language.|wb-title=Build a widget|wb-intro=Choose what the widget shows, check the preview, then copy the code into a page of your website. The widget works without JavaScript.|wb-doc=All the documentation for partners|wb-settings=Settings|wb-kind=Content|wb-kind-agenda=Events|wb-kind-articles=Articles|wb-territory=Territory|wb-tag=Tag|wb-tag-hint=The tag as written in the address of its page, for example astronomie.|wb-structure=Organisation number|wb-structure-hint=The number at the start of the organisation’s address: 3 for /grenoble/structures/3-la-casemate.|wb-n=Number of items (1 to 20)|wb-style=Style|wb-style-clair=Light|wb-style-sombre=Dark|wb-update=Update the preview|wb-preview=Preview|wb-preview-title=Widget preview|wb-code=Code to copy|wb-iframe-label=HTML code of the widget, to paste into your page|wb-script-label=Optional script, to paste once per page|wb-script-help=This optional script fits the height of the frame to its content, so that it does not scroll. One copy is enough, even for several widgets on the page. Without it, the frame keeps its height of 420 pixels.|w-more-event=All events on|w-more-article=All articles on|w-new-tab=Links open in a new tab.|w-empty-event=No upcoming event for now.|search=Search|search-in=Search|search-title=Search|search-words=Words to search for|search-hint=Type one or more words to search articles, events, notices, features and projects.|search-none=No results for|search-other=Try another word.|search-more=More results|search-network=Search the whole network|q-open=“|q-close=”|sec-communities=Communities|k-community=Community|communities-intro=Members brought together by a subject they love, and what they publish.|member-1=member|members-n=members|members=Members|animated-by=Led by|and=and|others-pre=And|others-1=more member|others-n=more members|created-f=Created on|community-posts=Posts by members|follow-dossier=Follow this feature (Atom)|follow-community=Follow this community (Atom)|err-403=Action refused|err-429=Too many attempts|msg-403=This form has expired or does not come from this site. Reload the page and try again.|msg-429=Too many tries in a short time. Wait a few minutes before trying again.|acc-nav=Account|my-account=My account|login=Log in|logout=Log out|signup=Create an account|forgot-title=Forgotten password|reset-title=Choose a new password|all-required=All fields are required.|forgot-intro=Enter the email address of your account: you will receive a link to choose a new password.|reset-intro=Choose the new password of your account.|new-link=Ask for a new link|l-genre=Who is creating this account?|g-person=A person|g-institution=An institution (museum, laboratory, association…)|g-company=A company|gk-person=Person|gk-institution=Institution|gk-company=Company|l-nom=Display name|h-nom=Your first and last name, or the name of your organisation|l-courriel=Email address|l-mot_de_passe=Password|l-new-password=New password|h-mot_de_passe=At least 10 characters|l-actuel=Current password|l-territoire=Your territory|h-territoire=Your account works in every territory|choose=Choose…|b-signup=Create my account|b-forgot=Send me a link|b-reset=Save the password|b-change=Change the password|b-logout-all=Log out of all devices|have-account=Already have an account?|no-account=No account yet?|forgot-link=Forgotten your password?|acc-details=My details|acc-kind=Account type|acc-created=Member since|acc-profile=See my public profile|acc-password=Change your password|acc-sessions=Sessions|acc-everywhere-hint=Closes your session on every device where it is open, this one included: useful after using a shared computer or losing a phone.|err-summary=There is a problem with this form|error=Error|e-required=This field is required.|e-invalid=This value is not valid.|e-taken=This value is already taken.|e-too-short=This is too short.|e-too-long=This is too long.|e-mot_de_passe-same-as-email=The password must not be your email address.|e-mot_de_passe-repeated=The password must not be one character repeated.|e-wrong-password=Wrong password.|e-genre-required=Say who is creating this account.|e-genre-invalid=Say who is creating this account.|e-nom-required=Enter the name to display.|e-nom-invalid=This name contains characters that are not accepted.|e-nom-too-short=This name is too short.|e-nom-too-long=The name must be 100 characters or fewer.|e-nom-taken=This name is already used by another account.|e-courriel-required=Enter your email address.|e-courriel-invalid=Enter a valid email address, like name@example.com.|e-courriel-taken=An account already exists for this address: log in, or ask for a new password.|e-courriel-too-long=The address must be 254 characters or fewer.|e-mot_de_passe-required=Enter a password.|e-mot_de_passe-invalid=This password contains characters that are not accepted.|e-mot_de_passe-too-short=The password must be at least 10 characters long.|e-mot_de_passe-too-long=This password is too long.|e-actuel-required=Enter your current password.|e-actuel-wrong-password=This is not your current password.|e-territoire-required=Choose a territory from the list.|e-territoire-invalid=Choose a territory from the list.|m-signup-sent=Almost done! An email is on its way to this address: follow its link to activate your account.|m-confirmed=Your address is confirmed: welcome!|m-bad-token=This link is no longer valid: it has already been used or has expired.|m-login-failed=Wrong address or password.|m-not-confirmed=This account is not activated yet: follow the link in the email you received when you signed up.|m-reset-sent=If an account exists for this address, an email is on its way with a link valid for two hours.|m-reset-done=Your new password is saved.|m-password-changed=Your password has been changed.|m-logged-out=You are logged out.|m-logged-out-everywhere=You are logged out of all devices.|m-login-required=Log in to continue.|mt-signup-sent=Check your email|mt-confirmed=Address confirmed|mt-bad-token=Expired link|mt-login-failed=Login failed|mt-not-confirmed=Account not activated|mt-reset-sent=Check your email|mt-reset-done=Password saved|mt-password-changed=Password changed|mt-logged-out=Logged out|mt-logged-out-everywhere=Logged out of all devices|mt-login-required=Login required|mt-other=Information|</xsl:variable>
<xsl:variable name="strings-table">
  <xsl:choose>
    <xsl:when test="$lang = 'en'"><xsl:value-of select="$strings-en"/></xsl:when>
    <xsl:otherwise><xsl:value-of select="$strings-fr"/></xsl:otherwise>
  </xsl:choose>
</xsl:variable>
<xsl:variable name="strings" select="string($strings-table)"/>


<!-- The UI string `k` in the page's language. -->
<xsl:template name="t">
  <xsl:param name="k"/>
  <xsl:value-of select="substring-before(substring-after($strings, concat('|', $k, '=')), '|')"/>
</xsl:template>

<!-- ==================================================================
     Small helpers
     ================================================================== -->

<xsl:template name="number">
  <xsl:param name="n"/>
  <xsl:choose>
    <xsl:when test="string(number($n)) = 'NaN'">
      <xsl:value-of select="$n"/>
    </xsl:when>
    <xsl:when test="$lang = 'en'">
      <xsl:value-of select="format-number($n, '#,##0', 'en')"/>
    </xsl:when>
    <xsl:otherwise>
      <xsl:value-of select="format-number($n, '#&#160;##0', 'fr')"/>
    </xsl:otherwise>
  </xsl:choose>
</xsl:template>

<!-- 1 when $u may be put in an href or src: http(s) or a local path. -->
<xsl:template name="url-ok">
  <xsl:param name="u"/>
  <xsl:variable name="l"
      select="translate(substring($u, 1, 8), 'HTPS', 'htps')"/>
  <xsl:if test="starts-with($l, 'https://') or starts-with($l, 'http://')
      or (starts-with($u, '/') and not(starts-with($u, '//')))">1</xsl:if>
</xsl:template>

<!-- An absolute URL for a local path. -->
<xsl:template name="absolute">
  <xsl:param name="u"/>
  <xsl:choose>
    <xsl:when test="starts-with($u, '/') and not(starts-with($u, '//'))">
      <xsl:value-of select="concat($base, $u)"/>
    </xsl:when>
    <xsl:otherwise><xsl:value-of select="$u"/></xsl:otherwise>
  </xsl:choose>
</xsl:template>

<!-- A path in another format ($ext: "atom", "ics", "json"): a folder
     loses its trailing slash ("/grenoble/articles/" gives
     "/grenoble/articles.ics"), "/" becomes "/index.<ext>"; a query after
     "?" is kept as it is. -->
<xsl:template name="suffixed">
  <xsl:param name="href"/>
  <xsl:param name="ext"/>
  <xsl:variable name="p" select="substring-before(concat($href, '?'), '?')"/>
  <xsl:variable name="q" select="substring-after($href, '?')"/>
  <xsl:choose>
    <xsl:when test="$p = '/' or $p = ''">/index</xsl:when>
    <xsl:when test="substring($p, string-length($p)) = '/'">
      <xsl:value-of select="substring($p, 1, string-length($p) - 1)"/>
    </xsl:when>
    <xsl:otherwise><xsl:value-of select="$p"/></xsl:otherwise>
  </xsl:choose>
  <xsl:value-of select="concat('.', $ext)"/>
  <xsl:if test="$q != ''">
    <xsl:value-of select="concat('?', $q)"/>
  </xsl:if>
</xsl:template>

<!-- Contributions are written in French: on English pages, their texts
     say so (WCAG 3.1.2, language of parts).  Call first in an element. -->
<xsl:template name="content-lang">
  <xsl:if test="$lang != 'fr'">
    <xsl:attribute name="lang">fr</xsl:attribute>
  </xsl:if>
</xsl:template>

<!-- The section of a kind in URLs. -->
<xsl:template name="kind-section">
  <xsl:param name="kind"/>
  <xsl:choose>
    <xsl:when test="$kind = 'article'">articles</xsl:when>
    <xsl:when test="$kind = 'event'">evenements</xsl:when>
    <xsl:when test="$kind = 'annonce'">annonces</xsl:when>
    <xsl:when test="$kind = 'dossier'">dossiers</xsl:when>
    <xsl:when test="$kind = 'project'">projets</xsl:when>
  </xsl:choose>
</xsl:template>

<!-- "k=v&k2=v2" from the page's query, less the keys named in $except
     ("|avant|apres|"); values are URL-encoded.  The fields of the account
     forms never go into an address (canonical, language switch), even if
     a query held them. -->
<xsl:template name="query-string">
  <xsl:param name="except" select="''"/>
  <xsl:for-each select="/page/query/@*[not(contains($except,
      concat('|', name(), '|')))][not(contains(
      '|mot_de_passe|actuel|csrf|courriel|nom|genre|', concat('|', name(), '|')))]">
    <xsl:if test="position() > 1">&amp;</xsl:if>
    <xsl:value-of select="name()"/>
    <xsl:text>=</xsl:text>
    <xsl:value-of select="str:encode-uri(string(.), true())"/>
  </xsl:for-each>
</xsl:template>

<!-- The name of a theme: element(s) with @en and either a <name> child
     (theme lists) or their own text (items' theme). -->
<xsl:template name="theme-name">
  <xsl:param name="th" select="theme"/>
  <xsl:choose>
    <xsl:when test="$lang = 'en' and $th/@en">
      <xsl:value-of select="$th/@en"/>
    </xsl:when>
    <xsl:when test="$th/name">
      <xsl:value-of select="$th/name"/>
    </xsl:when>
    <xsl:otherwise>
      <xsl:value-of select="normalize-space($th[normalize-space(text()) != ''][1])"/>
    </xsl:otherwise>
  </xsl:choose>
</xsl:template>

<!-- An item's territory (slug, name): `<territory slug>` and
     `<territory>name</territory>` may be one element or two. -->
<xsl:template name="item-tslug">
  <xsl:value-of select="(territory/@slug)[1]"/>
</xsl:template>

<xsl:template name="item-tname">
  <xsl:variable name="s" select="(territory/@slug)[1]"/>
  <xsl:variable name="own" select="normalize-space(territory[normalize-space(text()) != ''][1])"/>
  <xsl:choose>
    <xsl:when test="$own != ''"><xsl:value-of select="$own"/></xsl:when>
    <xsl:otherwise>
      <xsl:value-of select="/page/territories/territory[@slug = $s]"/>
    </xsl:otherwise>
  </xsl:choose>
</xsl:template>

<!-- A link to a theme's page in the current territory (or the item's). -->
<xsl:template name="theme-link">
  <xsl:param name="th" select="theme"/>
  <xsl:param name="t" select="$tslug"/>
  <xsl:variable name="slug" select="($th/@slug)[1]"/>
  <xsl:choose>
    <xsl:when test="$t != '' and $slug">
      <a href="/{$t}/themes/{$slug}">
        <xsl:call-template name="theme-name">
          <xsl:with-param name="th" select="$th"/>
        </xsl:call-template>
      </a>
    </xsl:when>
    <xsl:otherwise>
      <xsl:call-template name="theme-name">
        <xsl:with-param name="th" select="$th"/>
      </xsl:call-template>
    </xsl:otherwise>
  </xsl:choose>
</xsl:template>

<!-- ==================================================================
     Dates: RFC 3339 ("2026-12-03T20:00:00+01:00") or "2026-12-03",
     already in Europe/Paris time.
     ================================================================== -->

<!-- 0 = Sunday … 6 = Saturday (Sakamoto). -->
<xsl:template name="weekday">
  <xsl:param name="d"/>
  <xsl:variable name="y0" select="number(substring($d, 1, 4))"/>
  <xsl:variable name="m" select="number(substring($d, 6, 2))"/>
  <xsl:variable name="dd" select="number(substring($d, 9, 2))"/>
  <xsl:variable name="y" select="$y0 - number($m &lt; 3)"/>
  <xsl:variable name="t" select="number(substring('032503514624', $m, 1))"/>
  <xsl:value-of select="($y + floor($y div 4) - floor($y div 100)
      + floor($y div 400) + $t + $dd) mod 7"/>
</xsl:template>

<xsl:template name="day-of-month">
  <xsl:param name="d"/>
  <xsl:variable name="dd" select="number(substring($d, 9, 2))"/>
  <xsl:value-of select="$dd"/>
  <xsl:if test="$dd = 1 and $lang = 'fr'">er</xsl:if>
</xsl:template>

<!-- "mercredi 3 décembre 2026" / "Wednesday 3 December 2026" -->
<xsl:template name="date-long">
  <xsl:param name="d"/>
  <xsl:param name="weekday" select="true()"/>
  <xsl:if test="$weekday">
    <xsl:call-template name="t">
      <xsl:with-param name="k">
        <xsl:text>wd</xsl:text>
        <xsl:call-template name="weekday">
          <xsl:with-param name="d" select="$d"/>
        </xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
    <xsl:text> </xsl:text>
  </xsl:if>
  <xsl:call-template name="day-of-month">
    <xsl:with-param name="d" select="$d"/>
  </xsl:call-template>
  <xsl:text> </xsl:text>
  <xsl:call-template name="t">
    <xsl:with-param name="k" select="concat('m', number(substring($d, 6, 2)))"/>
  </xsl:call-template>
  <xsl:text> </xsl:text>
  <xsl:value-of select="substring($d, 1, 4)"/>
</xsl:template>

<!-- "3 déc. 2026" / "3 Dec 2026" -->
<xsl:template name="date-short">
  <xsl:param name="d"/>
  <xsl:call-template name="day-of-month">
    <xsl:with-param name="d" select="$d"/>
  </xsl:call-template>
  <xsl:text>&#160;</xsl:text>
  <xsl:call-template name="t">
    <xsl:with-param name="k" select="concat('ms', number(substring($d, 6, 2)))"/>
  </xsl:call-template>
  <xsl:text> </xsl:text>
  <xsl:value-of select="substring($d, 1, 4)"/>
</xsl:template>

<!-- "20 h 00" / "8:00 pm" -->
<xsl:template name="time">
  <xsl:param name="d"/>
  <xsl:variable name="h" select="number(substring($d, 12, 2))"/>
  <xsl:variable name="mi" select="substring($d, 15, 2)"/>
  <xsl:choose>
    <xsl:when test="$lang = 'en'">
      <xsl:choose>
        <xsl:when test="$h = 0">12</xsl:when>
        <xsl:when test="$h > 12"><xsl:value-of select="$h - 12"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$h"/></xsl:otherwise>
      </xsl:choose>
      <xsl:value-of select="concat(':', $mi, '&#160;')"/>
      <xsl:choose>
        <xsl:when test="$h >= 12">pm</xsl:when>
        <xsl:otherwise>am</xsl:otherwise>
      </xsl:choose>
    </xsl:when>
    <xsl:otherwise>
      <xsl:value-of select="concat($h, '&#160;h&#160;', $mi)"/>
    </xsl:otherwise>
  </xsl:choose>
</xsl:template>

<!-- <time> elements -->
<xsl:template name="time-date-long">
  <xsl:param name="d"/>
  <xsl:param name="weekday" select="true()"/>
  <time datetime="{$d}">
    <xsl:call-template name="date-long">
      <xsl:with-param name="d" select="$d"/>
      <xsl:with-param name="weekday" select="$weekday"/>
    </xsl:call-template>
  </time>
</xsl:template>

<xsl:template name="time-date-short">
  <xsl:param name="d"/>
  <time datetime="{$d}">
    <xsl:call-template name="date-short">
      <xsl:with-param name="d" select="$d"/>
    </xsl:call-template>
  </time>
</xsl:template>

<!-- "3 déc. 2026, 20 h 00" -->
<xsl:template name="time-date-time">
  <xsl:param name="d"/>
  <time datetime="{$d}">
    <xsl:call-template name="date-short">
      <xsl:with-param name="d" select="$d"/>
    </xsl:call-template>
    <xsl:text>, </xsl:text>
    <xsl:call-template name="time">
      <xsl:with-param name="d" select="$d"/>
    </xsl:call-template>
  </time>
</xsl:template>

<!-- A timing: "mercredi 3 décembre 2026, 20 h 00 – 23 h 30", or
     "du 30 nov. 2026, 10 h 00 au 1er mars 2027, 18 h 00". -->
<xsl:template name="timing">
  <xsl:param name="b" select="@begins"/>
  <xsl:param name="e" select="@ends"/>
  <xsl:choose>
    <xsl:when test="not($e) or substring($b, 1, 10) = substring($e, 1, 10)">
      <time datetime="{$b}">
        <xsl:call-template name="date-long">
          <xsl:with-param name="d" select="$b"/>
        </xsl:call-template>
        <xsl:text>, </xsl:text>
        <xsl:call-template name="time">
          <xsl:with-param name="d" select="$b"/>
        </xsl:call-template>
      </time>
      <xsl:if test="$e">
        <xsl:text> – </xsl:text>
        <time datetime="{$e}">
          <xsl:call-template name="time">
            <xsl:with-param name="d" select="$e"/>
          </xsl:call-template>
        </time>
      </xsl:if>
    </xsl:when>
    <xsl:otherwise>
      <xsl:call-template name="t">
        <xsl:with-param name="k" select="'from-l'"/>
      </xsl:call-template>
      <xsl:text> </xsl:text>
      <xsl:call-template name="time-date-time">
        <xsl:with-param name="d" select="$b"/>
      </xsl:call-template>
      <xsl:text> </xsl:text>
      <xsl:call-template name="t">
        <xsl:with-param name="k" select="'to-l'"/>
      </xsl:call-template>
      <xsl:text> </xsl:text>
      <xsl:call-template name="time-date-time">
        <xsl:with-param name="d" select="$e"/>
      </xsl:call-template>
    </xsl:otherwise>
  </xsl:choose>
</xsl:template>

<!-- The label of a kind: $plural for section names. -->
<xsl:template name="kind-label">
  <xsl:param name="kind" select="@kind"/>
  <xsl:param name="plural" select="false()"/>
  <xsl:call-template name="t">
    <xsl:with-param name="k">
      <xsl:choose>
        <xsl:when test="$plural">p-</xsl:when>
        <xsl:otherwise>k-</xsl:otherwise>
      </xsl:choose>
      <xsl:value-of select="$kind"/>
    </xsl:with-param>
  </xsl:call-template>
</xsl:template>

<!-- A user's words between quotation marks: « abeilles » / “abeilles”. -->
<xsl:template name="quoted">
  <xsl:param name="s"/>
  <xsl:call-template name="t">
    <xsl:with-param name="k" select="'q-open'"/>
  </xsl:call-template>
  <xsl:value-of select="$s"/>
  <xsl:call-template name="t">
    <xsl:with-param name="k" select="'q-close'"/>
  </xsl:call-template>
</xsl:template>

<!-- "12 membres", "1 membre", "0 membre" / "0 members": a number and the
     noun of $k1 (singular) or $kn (plural); French is singular below 2. -->
<xsl:template name="count-noun">
  <xsl:param name="n"/>
  <xsl:param name="k1"/>
  <xsl:param name="kn"/>
  <xsl:call-template name="number">
    <xsl:with-param name="n" select="$n"/>
  </xsl:call-template>
  <xsl:text>&#160;</xsl:text>
  <xsl:call-template name="t">
    <xsl:with-param name="k">
      <xsl:choose>
        <xsl:when test="number($n) = 1 or ($lang = 'fr' and number($n) = 0)">
          <xsl:value-of select="$k1"/>
        </xsl:when>
        <xsl:otherwise><xsl:value-of select="$kn"/></xsl:otherwise>
      </xsl:choose>
    </xsl:with-param>
  </xsl:call-template>
</xsl:template>

</xsl:stylesheet>
