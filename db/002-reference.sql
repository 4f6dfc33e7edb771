-- The network and its twelve territories, and the themes every territory shares.
INSERT INTO territories (id, slug, name, is_network, position, tagline, latitude, longitude) VALUES
 (1,  'national',         'Réseau national',             TRUE,  0,  'Le réseau social de la culture scientifique', 46.603354, 1.888334),
 (2,  'grenoble',         'Grenoble',                    FALSE, 1,  'La culture scientifique en Isère', 45.188529, 5.724524),
 (3,  'bretagne',         'Bretagne',                    FALSE, 2,  'La culture scientifique en Bretagne', 48.117266, -1.677793),
 (4,  'occitanie',        'Occitanie',                   FALSE, 3,  'La culture scientifique en Occitanie', 43.604652, 1.444209),
 (5,  'normandie',        'Normandie',                   FALSE, 4,  'La culture scientifique en Normandie', 49.182863, -0.370679),
 (6,  'paca',             'Provence-Alpes-Côte d''Azur', FALSE, 5,  'La culture scientifique en Provence-Alpes-Côte d''Azur', 43.296482, 5.369780),
 (7,  'grand-est',        'Grand Est',                   FALSE, 6,  'La culture scientifique dans le Grand Est', 48.573405, 7.752111),
 (8,  'centre-val-de-loire', 'Centre-Val de Loire',      FALSE, 7,  'La culture scientifique en Centre-Val de Loire', 47.902964, 1.909251),
 (9,  'loire',            'Loire',                       FALSE, 8,  'La culture scientifique dans la Loire', 45.439695, 4.387178),
 (10, 'nouvelle-aquitaine', 'Nouvelle-Aquitaine',        FALSE, 9,  'La culture scientifique en Nouvelle-Aquitaine', 44.837789, -0.579180),
 (11, 'hauts-de-france',  'Hauts-de-France',             FALSE, 10, 'La culture scientifique dans les Hauts-de-France', 50.629250, 3.057256),
 (12, 'bourgogne-franche-comte', 'Bourgogne-Franche-Comté', FALSE, 11, 'La culture scientifique en Bourgogne-Franche-Comté', 47.322047, 5.041480),
 (13, 'savoie-mont-blanc', 'Savoie Mont Blanc',          FALSE, 12, 'La culture scientifique en Savoie et Haute-Savoie', 45.564601, 5.917781);

INSERT INTO themes (id, slug, name_fr, name_en, position) VALUES
 (1,  'sciences-de-la-vie',   'Sciences de la vie',        'Life sciences', 1),
 (2,  'numerique',            'Numérique',                 'Digital', 2),
 (3,  'environnement',        'Environnement',             'Environment', 3),
 (4,  'patrimoine',           'Patrimoine',                'Heritage', 4),
 (5,  'sante',                'Santé',                     'Health', 5),
 (6,  'espace',               'Espace',                    'Space', 6),
 (7,  'physique-chimie',      'Physique et chimie',        'Physics and chemistry', 7),
 (8,  'mathematiques',        'Mathématiques',             'Mathematics', 8),
 (9,  'sciences-humaines',    'Sciences humaines et sociales', 'Humanities and social sciences', 9),
 (10, 'terre-climat',         'Terre et climat',           'Earth and climate', 10),
 (11, 'energie',              'Énergie',                   'Energy', 11),
 (12, 'innovation-industrie', 'Innovation et industrie',   'Innovation and industry', 12);
