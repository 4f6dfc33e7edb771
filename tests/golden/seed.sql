-- The rows behind the golden inputs (see README): load after
-- db/001-schema.sql and db/002-reference.sql.
SET NAMES utf8mb4;
UPDATE territories SET members_count = 1520, contributions_count = 4210 WHERE id = 1;
UPDATE territories SET members_count = 812, contributions_count = 2304 WHERE id = 2;
UPDATE territories SET members_count = 402, contributions_count = 1011 WHERE id = 3;
UPDATE territories SET members_count = 306, contributions_count = 895 WHERE id = 4;
INSERT INTO members (id, kind, display_name, slug, home_territory_id, bio, website, avatar_url, created_at, updated_at) VALUES
 (1, 'person', 'Camille Martin', 'camille-martin', 2, 'Médiatrice scientifique à Grenoble, passionnée d''astronomie.\n\nJ''anime des **soirées d''observation** et des ateliers pour les enfants.', 'https://camille.example.org/', NULL, '2024-03-02 09:00:00', '2026-10-01 08:00:00'),
 (2, 'institution', 'La Casemate', 'la-casemate', 2, NULL, 'https://www.lacasemate.fr/', NULL, '2023-01-01 09:00:00', '2026-09-01 08:00:00'),
 (3, 'person', 'Yann Le Goff', 'yann-le-goff', 3, 'Biologiste marin.', NULL, NULL, '2024-05-02 09:00:00', '2026-06-01 08:00:00');
INSERT INTO places (id, territory_id, name, slug, address, postcode, city, latitude, longitude) VALUES
 (1, 2, 'La Casemate', 'la-casemate', '2 place Saint-Laurent', '38000', 'Grenoble', 45.195710, 5.731720),
 (2, 2, 'Muséum de Grenoble', 'museum-de-grenoble', '1 rue Dolomieu', '38000', 'Grenoble', 45.190360, 5.732840),
 (3, 3, 'Océanopolis', 'oceanopolis', 'Port de plaisance du Moulin Blanc', '29200', 'Brest', 48.390390, -4.435480);
INSERT INTO structures (id, territory_id, kind, name, slug, description, website, logo_url, place_id, updated_at) VALUES
 (1, 2, 'museum', 'La Casemate – CCSTI de Grenoble', 'la-casemate', 'Le **centre de culture scientifique** de Grenoble : expositions, ateliers, Fab Lab.', 'https://www.lacasemate.fr/', NULL, 1, '2026-09-01 08:00:00'),
 (2, 2, 'lab', 'Institut de Planétologie et d''Astrophysique de Grenoble', 'ipag', NULL, NULL, NULL, NULL, '2026-05-01 08:00:00'),
 (3, 3, 'museum', 'Océanopolis', 'oceanopolis', NULL, 'https://www.oceanopolis.com/', NULL, 3, '2026-05-01 08:00:00');
INSERT INTO tags (id, slug, name) VALUES (1, 'astronomie', 'astronomie'), (2, 'nuit', 'nuit'), (3, 'glaciers', 'glaciers'), (4, 'jeune-public', 'jeune public');
INSERT INTO contributions (id, kind, territory_id, author_id, structure_id, theme_id, title, slug, summary, body, image_url, image_alt, status, views, published_at, created_at, updated_at) VALUES
 (1, 'article', 2, 1, 2, 6, 'Les étoiles filantes de décembre : les Géminides', 'les-etoiles-filantes-de-decembre', 'Chaque année, mi-décembre, la Terre traverse les poussières de l''astéroïde Phaéton.', '# Une pluie pas comme les autres\n\nLes **Géminides** sont l''essaim le plus riche de l''année. Voir [la carte du ciel](https://www.imcce.fr/) ou [notre agenda](/grenoble/evenements/).\n\n## Comment observer\n\n1. Éloignez-vous des lumières ;\n2. laissez vos yeux s''habituer *vingt minutes* ;\n3. regardez vers les Gémeaux.\n\n> Le ciel est à tout le monde.\n\nUn peu de code : `ZHR = 150`.\n\n![Ciel étoilé au-dessus de Chamrousse](/images/demo/1.svg)\n\n---\n\nBonne nuit !', '/images/demo/1.svg', 'Ciel étoilé au-dessus des montagnes', 'published', 1234, '2026-11-20 09:30:00', '2026-11-19 09:00:00', '2026-11-21 10:00:00'),
 (2, 'article', 2, 3, NULL, 10, 'Le glacier de Saint-Sorlin recule encore', 'le-glacier-de-saint-sorlin-recule-encore', 'Les mesures de l''été 2026 confirment la tendance.', 'Texte.', '/images/demo/6.svg', 'Un glacier entre deux sommets', 'published', 87, '2026-11-12 07:00:00', '2026-11-12 07:00:00', '2026-11-12 07:00:00'),
 (3, 'article', 2, 1, NULL, 2, 'Faille <script>alert(1)</script> : "quotes" & ampersands', 'faille-script', 'Un résumé avec <b>des balises</b> & "guillemets".', 'Corps <em>brut</em> & [lien javascript](javascript:alert(1)).', NULL, NULL, 'published', 3, '2026-11-05 12:00:00', '2026-11-05 12:00:00', '2026-11-05 12:00:00'),
 (10, 'event', 2, 2, 1, 6, 'Nuit des étoiles d''hiver', 'nuit-des-etoiles-d-hiver', 'Observation du ciel avec des astronomes amateurs, sur le toit de La Casemate.', 'Venez **observer Jupiter** et ses lunes.\n\n# Programme\n\n- 20 h : conférence\n- 21 h : observation', '/images/demo/1.svg', 'Télescope pointé vers la Lune', 'published', 410, '2026-11-10 10:00:00', '2026-11-10 10:00:00', '2026-11-22 10:00:00'),
 (11, 'event', 2, 2, 1, 1, 'Atelier ADN pour les 8-12 ans', 'atelier-adn', 'Extraire l''ADN d''une banane avec des outils de cuisine.', 'Atelier.', '/images/demo/4.svg', '', 'published', 55, '2026-11-15 10:00:00', '2026-11-15 10:00:00', '2026-11-15 10:00:00'),
 (12, 'event', 2, 1, NULL, 5, 'Conférence : le sommeil des ados', 'conference-sommeil', 'Une conférence annulée faute de salle.', 'Annulée.', NULL, NULL, 'published', 20, '2026-11-16 10:00:00', '2026-11-16 10:00:00', '2026-11-16 10:00:00'),
 (13, 'event', 3, 3, 3, 1, 'Les secrets du plancton', 'les-secrets-du-plancton', 'Exposition à Océanopolis, partagée avec Grenoble.', 'Expo.', '/images/demo/3.svg', 'Plancton au microscope', 'published', 99, '2026-11-01 10:00:00', '2026-11-01 10:00:00', '2026-11-01 10:00:00'),
 (20, 'annonce', 2, 2, 1, NULL, 'Appel à projets : Fête de la science 2027', 'appel-fete-de-la-science-2027', 'Déposez vos projets avant le 15 janvier.', 'Détails de l''appel.', NULL, NULL, 'published', 150, '2026-11-18 08:00:00', '2026-11-18 08:00:00', '2026-11-18 08:00:00'),
 (30, 'dossier', 2, 1, NULL, 6, 'L''hiver astronomique', 'l-hiver-astronomique', 'Tout pour observer le ciel cet hiver.', 'Un dossier.', '/images/demo/8.svg', 'Une planète et ses anneaux', 'published', 300, '2026-11-21 08:00:00', '2026-11-21 08:00:00', '2026-11-21 08:00:00'),
 (40, 'project', 2, 1, 2, 6, 'Un télescope dans chaque collège', 'un-telescope-dans-chaque-college', 'Prêter des télescopes aux collèges de l''Isère.', 'Projet.', '/images/demo/7.svg', 'Microscope et télescope', 'published', 42, '2026-10-01 08:00:00', '2026-10-01 08:00:00', '2026-10-01 08:00:00');
INSERT INTO contribution_territories (contribution_id, territory_id, kind, published_at)
 SELECT id, territory_id, kind, published_at FROM contributions;
INSERT INTO contribution_territories VALUES (1, 3, 'article', '2026-11-20 09:30:00'), (13, 2, 'event', '2026-11-01 10:00:00');
INSERT INTO contribution_tags VALUES (1, 1), (1, 2), (10, 1), (10, 2), (11, 4), (2, 3);
INSERT INTO events (contribution_id, place_id, audience, price, registration_url, event_status, attendance_mode) VALUES
 (10, 1, 'Tout public, dès 7 ans', 'Gratuit', 'https://www.lacasemate.fr/inscription?evt=10&src=echo', 'scheduled', 'offline'),
 (11, 2, '8-12 ans', '5 €', NULL, 'postponed', 'offline'),
 (12, NULL, 'Parents', '', NULL, 'cancelled', 'online'),
 (13, 3, 'Tout public', '12 € / 8 €', NULL, 'scheduled', 'offline');
INSERT INTO event_timings (id, contribution_id, begins_at, ends_at) VALUES
 (100, 10, '2026-12-03 19:00:00', '2026-12-03 22:30:00'),
 (101, 10, '2026-12-10 19:00:00', '2026-12-10 22:30:00'),
 (102, 11, '2026-12-03 13:30:00', '2026-12-03 15:30:00'),
 (103, 12, '2026-12-05 17:00:00', '2026-12-05 18:30:00'),
 (104, 13, '2026-11-30 09:00:00', '2027-03-01 17:00:00'),
 (105, 10, '2026-10-01 18:00:00', '2026-10-01 21:00:00');
INSERT INTO annonces VALUES (20, 'call', '2027-01-15');
INSERT INTO dossier_items VALUES (30, 1, 1), (30, 10, 2), (30, 40, 3);
INSERT INTO featured VALUES (2, 30, 1), (2, 10, 2), (2, 1, 3);
INSERT INTO visits VALUES (2, UTC_DATE(), 5400), (3, UTC_DATE(), 1200);
INSERT INTO contributions (id, kind, territory_id, author_id, structure_id, theme_id, title, slug, summary, body, image_url, image_alt, status, views, published_at, created_at, updated_at) VALUES
(50, 'article', 2, 3, NULL, 6, 'Chronique du ciel n°1', 'chronique-du-ciel-1', 'Ce qu''il faut regarder dans le ciel cette semaine.', 'Texte de la chronique.', '/images/demo/3.svg', 'Illustration', 'published', 150, '2026-10-01 09:00:00', '2026-10-01 09:00:00', '2026-10-01 09:00:00'),
(51, 'article', 2, 3, NULL, 6, 'Chronique du ciel n°2', 'chronique-du-ciel-2', 'Ce qu''il faut regarder dans le ciel cette semaine.', 'Texte de la chronique.', '/images/demo/4.svg', 'Illustration', 'published', 153, '2026-10-02 09:00:00', '2026-10-02 09:00:00', '2026-10-02 09:00:00'),
(52, 'article', 2, 3, NULL, 6, 'Chronique du ciel n°3', 'chronique-du-ciel-3', 'Ce qu''il faut regarder dans le ciel cette semaine.', 'Texte de la chronique.', '/images/demo/5.svg', 'Illustration', 'published', 156, '2026-10-03 09:00:00', '2026-10-03 09:00:00', '2026-10-03 09:00:00'),
(53, 'article', 2, 3, NULL, 6, 'Chronique du ciel n°4', 'chronique-du-ciel-4', 'Ce qu''il faut regarder dans le ciel cette semaine.', 'Texte de la chronique.', '/images/demo/6.svg', 'Illustration', 'published', 159, '2026-10-04 09:00:00', '2026-10-04 09:00:00', '2026-10-04 09:00:00'),
(54, 'article', 2, 3, NULL, 6, 'Chronique du ciel n°5', 'chronique-du-ciel-5', 'Ce qu''il faut regarder dans le ciel cette semaine.', 'Texte de la chronique.', '/images/demo/7.svg', 'Illustration', 'published', 162, '2026-10-05 09:00:00', '2026-10-05 09:00:00', '2026-10-05 09:00:00'),
(55, 'article', 2, 3, NULL, 6, 'Chronique du ciel n°6', 'chronique-du-ciel-6', 'Ce qu''il faut regarder dans le ciel cette semaine.', 'Texte de la chronique.', '/images/demo/8.svg', 'Illustration', 'published', 165, '2026-10-06 09:00:00', '2026-10-06 09:00:00', '2026-10-06 09:00:00'),
(56, 'article', 2, 3, NULL, 6, 'Chronique du ciel n°7', 'chronique-du-ciel-7', 'Ce qu''il faut regarder dans le ciel cette semaine.', 'Texte de la chronique.', '/images/demo/1.svg', 'Illustration', 'published', 168, '2026-10-07 09:00:00', '2026-10-07 09:00:00', '2026-10-07 09:00:00'),
(57, 'article', 2, 3, NULL, 6, 'Chronique du ciel n°8', 'chronique-du-ciel-8', 'Ce qu''il faut regarder dans le ciel cette semaine.', 'Texte de la chronique.', '/images/demo/2.svg', 'Illustration', 'published', 171, '2026-10-08 09:00:00', '2026-10-08 09:00:00', '2026-10-08 09:00:00'),
(58, 'article', 2, 3, NULL, 6, 'Chronique du ciel n°9', 'chronique-du-ciel-9', 'Ce qu''il faut regarder dans le ciel cette semaine.', 'Texte de la chronique.', '/images/demo/3.svg', 'Illustration', 'published', 174, '2026-10-09 09:00:00', '2026-10-09 09:00:00', '2026-10-09 09:00:00'),
(59, 'article', 2, 3, NULL, 6, 'Chronique du ciel n°10', 'chronique-du-ciel-10', 'Ce qu''il faut regarder dans le ciel cette semaine.', 'Texte de la chronique.', '/images/demo/4.svg', 'Illustration', 'published', 177, '2026-10-10 09:00:00', '2026-10-10 09:00:00', '2026-10-10 09:00:00'),
(60, 'article', 2, 3, NULL, 6, 'Chronique du ciel n°11', 'chronique-du-ciel-11', 'Ce qu''il faut regarder dans le ciel cette semaine.', 'Texte de la chronique.', '/images/demo/5.svg', 'Illustration', 'published', 180, '2026-10-11 09:00:00', '2026-10-11 09:00:00', '2026-10-11 09:00:00'),
(61, 'article', 2, 3, NULL, 6, 'Chronique du ciel n°12', 'chronique-du-ciel-12', 'Ce qu''il faut regarder dans le ciel cette semaine.', 'Texte de la chronique.', '/images/demo/6.svg', 'Illustration', 'published', 183, '2026-10-12 09:00:00', '2026-10-12 09:00:00', '2026-10-12 09:00:00'),
(62, 'article', 2, 3, NULL, 6, 'Chronique du ciel n°13', 'chronique-du-ciel-13', 'Ce qu''il faut regarder dans le ciel cette semaine.', 'Texte de la chronique.', '/images/demo/7.svg', 'Illustration', 'published', 186, '2026-10-13 09:00:00', '2026-10-13 09:00:00', '2026-10-13 09:00:00'),
(63, 'article', 2, 3, NULL, 6, 'Chronique du ciel n°14', 'chronique-du-ciel-14', 'Ce qu''il faut regarder dans le ciel cette semaine.', 'Texte de la chronique.', '/images/demo/8.svg', 'Illustration', 'published', 189, '2026-10-14 09:00:00', '2026-10-14 09:00:00', '2026-10-14 09:00:00'),
(64, 'article', 2, 3, NULL, 6, 'Chronique du ciel n°15', 'chronique-du-ciel-15', 'Ce qu''il faut regarder dans le ciel cette semaine.', 'Texte de la chronique.', '/images/demo/1.svg', 'Illustration', 'published', 192, '2026-10-15 09:00:00', '2026-10-15 09:00:00', '2026-10-15 09:00:00'),
(65, 'article', 2, 3, NULL, 6, 'Chronique du ciel n°16', 'chronique-du-ciel-16', 'Ce qu''il faut regarder dans le ciel cette semaine.', 'Texte de la chronique.', '/images/demo/2.svg', 'Illustration', 'published', 195, '2026-10-16 09:00:00', '2026-10-16 09:00:00', '2026-10-16 09:00:00'),
(66, 'article', 2, 3, NULL, 6, 'Chronique du ciel n°17', 'chronique-du-ciel-17', 'Ce qu''il faut regarder dans le ciel cette semaine.', 'Texte de la chronique.', '/images/demo/3.svg', 'Illustration', 'published', 198, '2026-10-17 09:00:00', '2026-10-17 09:00:00', '2026-10-17 09:00:00'),
(67, 'article', 2, 3, NULL, 6, 'Chronique du ciel n°18', 'chronique-du-ciel-18', 'Ce qu''il faut regarder dans le ciel cette semaine.', 'Texte de la chronique.', '/images/demo/4.svg', 'Illustration', 'published', 201, '2026-10-18 09:00:00', '2026-10-18 09:00:00', '2026-10-18 09:00:00'),
(68, 'article', 2, 3, NULL, 6, 'Chronique du ciel n°19', 'chronique-du-ciel-19', 'Ce qu''il faut regarder dans le ciel cette semaine.', 'Texte de la chronique.', '/images/demo/5.svg', 'Illustration', 'published', 204, '2026-10-19 09:00:00', '2026-10-19 09:00:00', '2026-10-19 09:00:00'),
(69, 'article', 2, 3, NULL, 6, 'Chronique du ciel n°20', 'chronique-du-ciel-20', 'Ce qu''il faut regarder dans le ciel cette semaine.', 'Texte de la chronique.', '/images/demo/6.svg', 'Illustration', 'published', 207, '2026-10-20 09:00:00', '2026-10-20 09:00:00', '2026-10-20 09:00:00'),
(70, 'article', 2, 3, NULL, 6, 'Chronique du ciel n°21', 'chronique-du-ciel-21', 'Ce qu''il faut regarder dans le ciel cette semaine.', 'Texte de la chronique.', '/images/demo/7.svg', 'Illustration', 'published', 210, '2026-10-21 09:00:00', '2026-10-21 09:00:00', '2026-10-21 09:00:00'),
(71, 'article', 2, 3, NULL, 6, 'Chronique du ciel n°22', 'chronique-du-ciel-22', 'Ce qu''il faut regarder dans le ciel cette semaine.', 'Texte de la chronique.', '/images/demo/8.svg', 'Illustration', 'published', 213, '2026-10-22 09:00:00', '2026-10-22 09:00:00', '2026-10-22 09:00:00');
INSERT INTO contribution_territories (contribution_id, territory_id, kind, published_at) SELECT id, territory_id, kind, published_at FROM contributions WHERE id BETWEEN 50 AND 71;
INSERT INTO contribution_tags SELECT id, 1 FROM contributions WHERE id BETWEEN 50 AND 71;
