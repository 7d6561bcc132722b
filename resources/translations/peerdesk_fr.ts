<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message>
        <source>Export Skills Matrix</source>
        <translation>Exporter la matrice des compétences</translation>
    </message>
    <message>
        <source> (.xlsx, .csv or .pdf)</source>
        <translation> (.xlsx, .csv ou .pdf)</translation>
    </message>
    <message>
        <source>{0} was not written: {1}</source>
        <translation>{0} n&apos;a pas été écrit&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Wrote the skills matrix to {0}</source>
        <translation>Matrice des compétences écrite dans {0}</translation>
    </message>
    <message>
        <source>Print Skills Matrix</source>
        <translation>Imprimer la matrice des compétences</translation>
    </message>
    <message>
        <source>New Pilot: shadow {0} in {1}</source>
        <translation>Nouveau pilote&#xa0;: observer {0} sur {1}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Prepared from the skills matrix.&lt;/b&gt; Only {0} holds {1} at level 3 or more: {0} leads every session and {2} shadow. Check the day, time and members, then Create Pilot.</source>
        <translation>&lt;b&gt;Préparé à partir de la matrice des compétences.&lt;/b&gt; {0} est la seule personne à maîtriser {1} au niveau 3 ou plus&#xa0;: {0} anime chaque séance et {2} observent. Vérifiez le jour, l&apos;heure et les membres, puis cliquez sur Créer le pilote.</translation>
    </message>
    <message>
        <source>the members you pick</source>
        <translation>les membres que vous choisirez</translation>
    </message>
    <message>
        <source>{0} leads every session of {1}</source>
        <translation>{0} anime chaque séance de {1}</translation>
    </message>
    <message>
        <source>New Pilot: micro-lessons on {0}</source>
        <translation>Nouveau pilote&#xa0;: micro-leçons sur {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Prepared from the skills matrix.&lt;/b&gt; Nobody teaches {0} yet and {1} want it: in a micro-lesson series they take turns to teach what they found out. Check the day, time and members, then Create Pilot.</source>
        <translation>&lt;b&gt;Préparé à partir de la matrice des compétences.&lt;/b&gt; Personne n&apos;enseigne encore {0}, et {1} veulent l&apos;apprendre&#xa0;: dans une série de micro-leçons, ils enseignent à tour de rôle ce qu&apos;ils ont découvert. Vérifiez le jour, l&apos;heure et les membres, puis cliquez sur Créer le pilote.</translation>
    </message>
    <message>
        <source>level {0}</source>
        <translation>niveau {0}</translation>
    </message>
    <message>
        <source>wants to learn it, aiming for {0}</source>
        <translation>veut l&apos;apprendre, niveau visé&#xa0;: {0}</translation>
    </message>
    <message>
        <source>wants to learn it</source>
        <translation>veut l&apos;apprendre</translation>
    </message>
    <message>
        <source>not held</source>
        <translation>non maîtrisée</translation>
    </message>
    <message>
        <source>No {0}</source>
        <translation>Sans {0}</translation>
    </message>
    <message>
        <source>{0} (inactive)</source>
        <translation>{0} (inactif·ve)</translation>
    </message>
    <message>
        <source>{0} (to {1})</source>
        <translation>{0} (objectif&#xa0;: {1})</translation>
    </message>
    <message>
        <source>{name} (inactive)</source>
        <translation>{name} (inactif·ve)</translation>
    </message>
    <message>
        <source>Teaches: {0}
(as typed: {1})</source>
        <translation>Enseigne&#xa0;: {0}
(tel que saisi&#xa0;: {1})</translation>
    </message>
    <message>
        <source>Wants to learn: {0}
(as typed: {1})</source>
        <translation>Veut apprendre&#xa0;: {0}
(tel que saisi&#xa0;: {1})</translation>
    </message>
    <message>
        <source>New pilot {0}</source>
        <translation>Nouveau pilote {0}</translation>
    </message>
    <message>
        <source>Rename skill {0} to {1}</source>
        <translation>Renommer la compétence {0} en {1}</translation>
    </message>
    <message>
        <source>Set category of {0}</source>
        <translation>Définir la catégorie de {0}</translation>
    </message>
    <message>
        <source>Change format {0}</source>
        <translation>Modifier le format {0}</translation>
    </message>
    <message>
        <source>Participation per week</source>
        <translation>Participation par semaine</translation>
    </message>
    <message>
        <source>No participation to show yet: record a held session on the Record page.</source>
        <translation>Aucune participation à afficher pour l&apos;instant&#xa0;: saisissez une séance tenue sur la page Saisir une séance.</translation>
    </message>
    <message>
        <source>W{0}</source>
        <translation>S{0}</translation>
    </message>
    <message>
        <source>Present / invited</source>
        <translation>Présents / invités</translation>
    </message>
    <message>
        <source>% of invited</source>
        <translation>% des invités</translation>
    </message>
    <message>
        <source>Target {0}%</source>
        <translation>Cible {0}&#xa0;%</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>No ratings yet: type them in on the Record page (1-5).</source>
        <translation>Aucune note pour l&apos;instant&#xa0;: saisissez-les sur la page Saisir une séance (1-5).</translation>
    </message>
    <message>
        <source>{0} ({1} given, mean {2})</source>
        <translation>{0} ({1} données, moyenne {2})</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Held per calendar month</source>
        <translation>Tenues par mois civil</translation>
    </message>
    <message>
        <source>No session or peer meeting has been held yet.</source>
        <translation>Aucune séance ni rencontre entre pairs n&apos;a encore été tenue.</translation>
    </message>
    <message>
        <source>Group sessions</source>
        <translation>Séances de groupe</translation>
    </message>
    <message>
        <source>Peer meetings</source>
        <translation>Rencontres entre pairs</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Tenues</translation>
    </message>
    <message>
        <source>Learners at their target level</source>
        <translation>Apprenants ayant atteint leur niveau cible</translation>
    </message>
    <message>
        <source>No learner with a target level yet: add learning goals and check-ins.</source>
        <translation>Aucun apprenant avec un niveau cible pour l&apos;instant&#xa0;: ajoutez des objectifs d&apos;apprentissage et des points d&apos;étape.</translation>
    </message>
    <message>
        <source>Days since the start</source>
        <translation>Jours depuis le début</translation>
    </message>
    <message>
        <source>% of learners</source>
        <translation>% des apprenants</translation>
    </message>
    <message>
        <source>Pilot: {0} of {1}</source>
        <translation>Pilote&#xa0;: {0} sur {1}</translation>
    </message>
    <message>
        <source>Before: {0} days (entered)</source>
        <translation>Avant&#xa0;: {0} jours (saisi)</translation>
    </message>
    <message>
        <source>Before: {0} of {1}</source>
        <translation>Avant&#xa0;: {0} sur {1}</translation>
    </message>
    <message>
        <source>Median (half)</source>
        <translation>Médiane (la moitié)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Courbe</translation>
    </message>
    <message>
        <source>Evaluation level: {0}</source>
        <translation>Niveau d&apos;évaluation&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>AttendanceTableModel</name>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Will practise</source>
        <translation>Mettra en pratique</translation>
    </message>
    <message>
        <source>Reported back</source>
        <translation>A fait le point</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
</context>
<context>
    <name>ChartSlot</name>
    <message>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <source>{0} (table)</source>
        <translation>{0} (tableau)</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare Pilots</source>
        <translation>Comparer les pilotes</translation>
    </message>
    <message>
        <source>Before the pilot (its baseline)</source>
        <translation>Avant le pilote (sa référence)</translation>
    </message>
    <message>
        <source>The two pilots side by side</source>
        <translation>Les deux pilotes côte à côte</translation>
    </message>
    <message>
        <source>First pilot</source>
        <translation>Premier pilote</translation>
    </message>
    <message>
        <source>Second pilot</source>
        <translation>Second pilote</translation>
    </message>
    <message>
        <source>&amp;Save...</source>
        <translation>&amp;Enregistrer...</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>beside</source>
        <translation>face à</translation>
    </message>
    <message>
        <source>Hover a measure for how it is counted (the same words as the report).</source>
        <translation>Survolez une mesure pour savoir comment elle est calculée (avec les mêmes termes que le rapport).</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
</context>
<context>
    <name>CompetencyPage</name>
    <message>
        <source>Check-ins</source>
        <translation>Points d&apos;étape</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>Évalué par</translation>
    </message>
    <message>
        <source>Add chec&amp;k-in</source>
        <translation>Ajouter un p&amp;oint d&apos;étape</translation>
    </message>
    <message>
        <source>&amp;Delete selected</source>
        <translation>Supp&amp;rimer la sélection</translation>
    </message>
    <message>
        <source>work it out from earlier check-ins</source>
        <translation>déduire des points d&apos;étape antérieurs</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Onboarding pilot: count from each person&apos;s joined date</source>
        <translation>Pilote d&apos;intégration&#xa0;: compter à partir de la date d&apos;arrivée de chaque personne</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Before vs after</source>
        <translation>Avant / après</translation>
    </message>
    <message>
        <source>Da&amp;ys to reach a target before the pilot</source>
        <translation>&amp;Jours pour atteindre une cible avant le pilote</translation>
    </message>
    <message>
        <source>&lt;b&gt;Check-ins&lt;/b&gt;: a level 0-4 per person and skill. Record a baseline at the start of the pilot and a check-in when someone reaches their target.</source>
        <translation>&lt;b&gt;Points d&apos;étape&lt;/b&gt;&#xa0;: un niveau de 0 à 4 par personne et par compétence. Enregistrez une référence au début du pilote, puis un point d&apos;étape lorsqu&apos;une personne atteint sa cible.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Leadership Re&amp;port...</source>
        <translation>&amp;Rapport pour la direction...</translation>
    </message>
    <message>
        <source>Charts as tables</source>
        <translation>Graphiques en tableaux</translation>
    </message>
    <message>
        <source>Show each chart&apos;s numbers as a table, to read with the keyboard or a screen reader</source>
        <translation>Afficher les chiffres de chaque graphique dans un tableau, à lire au clavier ou avec un lecteur d&apos;écran</translation>
    </message>
    <message>
        <source>Program:</source>
        <translation>Programme&#xa0;:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Période&#xa0;:</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>À ce jour</translation>
    </message>
    <message>
        <source>Through week {0}</source>
        <translation>Jusqu&apos;à la semaine {0}</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No pilot yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Plan one with &lt;b&gt;Schedule &amp;gt; New Pilot&lt;/b&gt; (Ctrl+Shift+P). Once a session is held, record who came on the &lt;b&gt;Record a session&lt;/b&gt; page and the participation, ratings and time-to-competency appear here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Aucun pilote pour l&apos;instant.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Planifiez-en un avec &lt;b&gt;Planning &amp;gt; Nouveau pilote&lt;/b&gt; (Ctrl+Shift+P). Dès qu&apos;une séance a eu lieu, indiquez qui était présent sur la page &lt;b&gt;Saisir une séance&lt;/b&gt;&#xa0;: la participation, les notes et le délai d&apos;acquisition des compétences s&apos;affichent alors ici.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Nothing held yet in this pilot. After the first session, open Record a session, pick it and tick who was there (Space) and their rating (1-5); the tiles and charts fill in from there.</source>
        <translation>Aucune séance n&apos;a encore eu lieu dans ce pilote. Après la première séance, ouvrez Saisir une séance, choisissez-la et cochez les personnes présentes (Espace) ainsi que leur note (1-5)&#xa0;; les vignettes et les graphiques se remplissent ensuite.</translation>
    </message>
    <message>
        <source>target {0}</source>
        <translation>cible {0}</translation>
    </message>
    <message>
        <source>{0}: {1}, target {2}, {3}</source>
        <translation>{0}&#xa0;: {1}, cible {2}, {3}</translation>
    </message>
    <message>
        <source>{0} group sessions and {9} peer meetings held · {1} present of {2} invited (+{10} walk-ins) · average {3} min (planned {4}) · response rate {5} · skill gaps covered {6} of {7} · commitments reported back {11} · used on the job {12} · led by: {8}</source>
        <translation>{0} séances de groupe et {9} rencontres entre pairs tenues · {1} présents sur {2} invités (+{10} venus sans invitation) · durée moyenne {3} min (prévue {4}) · taux de réponse {5} · lacunes de compétences couvertes&#xa0;: {6} sur {7} · engagements ayant fait l&apos;objet d&apos;un point&#xa0;: {11} · mis en pratique au travail&#xa0;: {12} · animées par&#xa0;: {8}</translation>
    </message>
</context>
<context>
    <name>EndOfPilotDialog</name>
    <message>
        <source>End-of-Pilot Report</source>
        <translation>Rapport de fin de pilote</translation>
    </message>
    <message>
        <source>Your own words for leadership (optional)</source>
        <translation>Votre message à la direction (facultatif)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>&amp;Save...</source>
        <translation>&amp;Enregistrer...</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>&amp;Programme</translation>
    </message>
    <message>
        <source>&amp;Recommendation</source>
        <translation>&amp;Recommandation</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>PeerDesk suggests: {0}. Change it if you know better.</source>
        <translation>PeerDesk suggère&#xa0;: {0}. Modifiez-la si vous en savez davantage.</translation>
    </message>
</context>
<context>
    <name>FeedbackController</name>
    <message>
        <source>Add check-in</source>
        <translation>Ajouter un point d&apos;étape</translation>
    </message>
    <message>
        <source>Delete check-ins</source>
        <translation>Supprimer des points d&apos;étape</translation>
    </message>
    <message>
        <source>Add shout-out</source>
        <translation>Ajouter une mention</translation>
    </message>
    <message>
        <source>Remove shout-out</source>
        <translation>Retirer une mention</translation>
    </message>
    <message>
        <source>Change baseline of {0}</source>
        <translation>Modifier la référence de {0}</translation>
    </message>
    <message>
        <source>Import Feedback</source>
        <translation>Importer les retours</translation>
    </message>
    <message>
        <source>There is no program yet.</source>
        <translation>Il n&apos;y a encore aucun programme.</translation>
    </message>
    <message>
        <source>Import Feedback CSV</source>
        <translation>Importer les retours (CSV)</translation>
    </message>
    <message>
        <source>{0}: {1}; nothing was imported.</source>
        <translation>{0}&#xa0;: {1}&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problème</numerusform>
            <numerusform>%n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported {0} into {1}: {2}</source>
        <translation>{0} importé dans {1}&#xa0;: {2}</translation>
    </message>
</context>
<context>
    <name>FeedbackTab</name>
    <message>
        <source>Feedback pages</source>
        <translation>Pages des retours</translation>
    </message>
    <message>
        <source>Re&amp;cord a session</source>
        <translation>Saisir une &amp;séance</translation>
    </message>
    <message>
        <source>D&amp;ashboard</source>
        <translation>Tableau de &amp;bord</translation>
    </message>
    <message>
        <source>Co&amp;mpetency</source>
        <translation>Niveau&amp;x de compétence</translation>
    </message>
    <message>
        <source>Reco&amp;gnition</source>
        <translation>Re&amp;connaissance</translation>
    </message>
</context>
<context>
    <name>FormatsDialog</name>
    <message>
        <source>Formats</source>
        <translation>Formats</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>A short name for files and the command line (e.g. book-club): lower-case letters, digits and dashes.</source>
        <translation>Un nom court pour les fichiers et la ligne de commande (p. ex. book-club)&#xa0;: lettres minuscules, chiffres et tirets.</translation>
    </message>
    <message>
        <source>Short name (&amp;ID)</source>
        <translation>Nom court (&amp;ID)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation>&amp;Durée</translation>
    </message>
    <message>
        <source>&amp;Maximum</source>
        <translation>&amp;Maximum</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>D&amp;escription</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Ordre du jour</translation>
    </message>
    <message>
        <source>New Format</source>
        <translation>Nouveau format</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Reset to Built-in</source>
        <translation>Revenir à l&apos;original</translation>
    </message>
    <message>
        <source>{0} ({1} min)</source>
        <translation>{0} ({1} min)</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>PeerDesk User Guide</source>
        <translation>Guide de l&apos;utilisateur PeerDesk</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Find in the guide (Enter for the next match)</source>
        <translation>Rechercher dans le guide (Entrée pour le résultat suivant)</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
</context>
<context>
    <name>ImpactTab</name>
    <message>
        <source>How many days people took to reach a skill target before the pilot, to compare the pilot with. Type the number if you know it; at 0 PeerDesk works it out from the check-ins recorded in the 12 months before the pilot started.</source>
        <translation>Le nombre de jours qu&apos;il fallait aux personnes pour atteindre une cible de compétence avant le pilote, qui sert de point de comparaison. Saisissez ce nombre si vous le connaissez&#xa0;; à 0, PeerDesk le calcule à partir des points d&apos;étape enregistrés pendant les 12 mois précédant le début du pilote.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Importing</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Import {0}</source>
        <translation>Importer {0}</translation>
    </message>
    <message>
        <source>Columns: which column of the file holds each field</source>
        <translation>Colonnes&#xa0;: la colonne du fichier qui contient chaque champ</translation>
    </message>
    <message>
        <source>(not in this file)</source>
        <translation>(absent de ce fichier)</translation>
    </message>
    <message>
        <source>(column {0})</source>
        <translation>(colonne {0})</translation>
    </message>
    <message>
        <source>What the import would do, row by row</source>
        <translation>Ce que ferait l&apos;importation, ligne par ligne</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Read {0} again, after you fixed it, and check it again</source>
        <translation>Relire {0} après l&apos;avoir corrigé, et le vérifier à nouveau</translation>
    </message>
    <message>
        <source>{0}: {1:n} of {2:n}</source>
        <translation>{0}&#xa0;: {1:n} sur {2:n}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Checking was cancelled;&lt;/b&gt; nothing will be imported.</source>
        <translation>&lt;b&gt;La vérification a été annulée&#xa0;;&lt;/b&gt; rien ne sera importé.</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:{1}&apos;&gt;{0}: nothing will be imported until they are fixed in the file. Fix it, save it, then press Check Again.&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:{1}&apos;&gt;{0}&#xa0;: rien ne sera importé tant que le fichier n&apos;aura pas été corrigé. Corrigez-le, enregistrez-le, puis cliquez sur Vérifier à nouveau.&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problème</numerusform>
            <numerusform>%n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Ready:&lt;/b&gt; {0}.</source>
        <translation>&lt;b&gt;Prêt&#xa0;:&lt;/b&gt; {0}.</translation>
    </message>
    <message>
        <source>new: {0} &lt;{1}&gt;</source>
        <translation>nouveau&#xa0;: {0} &lt;{1}&gt;</translation>
    </message>
    <message>
        <source>update: {0} &lt;{1}&gt;</source>
        <translation>mise à jour&#xa0;: {0} &lt;{1}&gt;</translation>
    </message>
</context>
<context>
    <name>InvitesDialog</name>
    <message>
        <source>Export Invites</source>
        <translation>Exporter les invitations</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Also write ready-to-send email drafts (.eml) with Accept/Decline</source>
        <translation>Écrire aussi des brouillons d&apos;e-mail prêts à envoyer (.eml) avec Accepter/Refuser</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Parcourir...</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>&amp;Programme</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>Pou&amp;r</translation>
    </message>
    <message>
        <source>Only this &amp;session: {0}, {1}</source>
        <translation>Uniquement cette &amp;séance&#xa0;: {0}, {1}</translation>
    </message>
    <message>
        <source>F&amp;older</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <source>Invitations open in Outlook, Google Calendar, Apple Calendar and Thunderbird. Export again after changes: calendars update the same events, and the folder keeps only the current files.</source>
        <translation>Les invitations s&apos;ouvrent dans Outlook, Google Agenda, Calendrier d&apos;Apple et Thunderbird. Exportez-les à nouveau après une modification&#xa0;: les calendriers mettent à jour les mêmes événements, et le dossier ne conserve que les fichiers actuels.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <source>Everyone: invitations (.ics) for the organizer to send</source>
        <translation>Tout le monde&#xa0;: invitations (.ics) à envoyer par l&apos;organisateur</translation>
    </message>
    <message>
        <source>{0}: &apos;all my sessions&apos; calendar file</source>
        <translation>{0}&#xa0;: fichier de calendrier «&#xa0;toutes mes séances&#xa0;»</translation>
    </message>
    <message>
        <source>{0} has no organizer: the invites go out without a sender.</source>
        <translation>{0} n&apos;a pas d&apos;organisateur&#xa0;: les invitations partent sans expéditeur.</translation>
    </message>
    <message>
        <source>⚠ These invites go out in the name of {0} &lt;{1}&gt;, not yours ({2}): replies go to them. Schedule &gt; Edit Program changes the organizer.</source>
        <translation>⚠ Ces invitations partent au nom de {0} &lt;{1}&gt;, et non au vôtre ({2})&#xa0;: les réponses lui seront adressées. Planning &gt; Modifier le programme permet de changer l&apos;organisateur.</translation>
    </message>
    <message>
        <source>{0} in the sessions you are sending; they go out as planned:</source>
        <translation>{0} dans les séances que vous envoyez&#xa0;; elles partent comme prévu&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
    <message>
        <source>... and {0} more (see the Warnings column)</source>
        <translation>... et {0} de plus (voir la colonne Avertissements)</translation>
    </message>
    <message>
        <source>Export in Their Name</source>
        <translation>Exporter en son nom</translation>
    </message>
    <message>
        <source>Folder for invites</source>
        <translation>Dossier des invitations</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>PeerDesk tabs</source>
        <translation>Onglets de PeerDesk</translation>
    </message>
    <message>
        <source>R&amp;oster</source>
        <translation>Éq&amp;uipe</translation>
    </message>
    <message>
        <source>Sched&amp;ule</source>
        <translation>Pla&amp;nning</translation>
    </message>
    <message>
        <source>Feed&amp;back</source>
        <translation>Re&amp;tours</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>{0} ({1} active) · {2} · {3}</source>
        <translation>{0} (dont {1} actives) · {2} · {3}</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n équipe</numerusform>
            <numerusform>%n équipes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n program(s)</source>
        <translation>
            <numerusform>%n programme</numerusform>
            <numerusform>%n programmes</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace file: every change is saved to it as you make it</source>
        <translation>Le fichier de l&apos;espace de travail&#xa0;: chaque modification y est enregistrée au moment où vous la faites</translation>
    </message>
    <message>
        <source>Upgraded this workspace; the previous version is kept at {0}</source>
        <translation>Cet espace de travail a été mis à niveau&#xa0;; la version précédente est conservée dans {0}</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>Impossible d&apos;ouvrir l&apos;espace de travail</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <source>{0} already exists. Use File &gt; Open to open it, or choose a new name.</source>
        <translation>{0} existe déjà. Utilisez Fichier &gt; Ouvrir pour l&apos;ouvrir, ou choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>The copy was not written: {0}</source>
        <translation>La copie n&apos;a pas été écrite&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Saved a copy to {0}</source>
        <translation>Copie enregistrée dans {0}</translation>
    </message>
    <message>
        <source>About PeerDesk</source>
        <translation>À propos de PeerDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;{0} {1}&lt;/h3&gt;&lt;p&gt;Plan, run and measure peer-to-peer learning at work. Everything stays in one file on this computer.&lt;/p&gt;&lt;p&gt;Open workspace:&lt;br&gt;{2}&lt;/p&gt;&lt;p&gt;&lt;small&gt;{3}&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{0} {1}&lt;/h3&gt;&lt;p&gt;Planifiez, animez et mesurez l&apos;apprentissage entre pairs au travail. Tout reste dans un seul fichier sur cet ordinateur.&lt;/p&gt;&lt;p&gt;Espace de travail ouvert&#xa0;:&lt;br&gt;{2}&lt;/p&gt;&lt;p&gt;&lt;small&gt;{3}&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add people with Roster &gt; Add Person, or File &gt; Import Roster CSV</source>
        <translation>Ajoutez des personnes avec Équipe &gt; Ajouter une personne, ou Fichier &gt; Importer la liste de l&apos;équipe (CSV)</translation>
    </message>
    <message>
        <source>Open Demo</source>
        <translation>Ouvrir la démo</translation>
    </message>
    <message>
        <source>The demo could not be built: {0}</source>
        <translation>La démo n&apos;a pas pu être créée&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>MatchingDialog</name>
    <message>
        <source>Match Peers</source>
        <translation>Apparier les pairs</translation>
    </message>
    <message>
        <source>pairs</source>
        <translation>binômes</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>mentorat</translation>
    </message>
    <message>
        <source>pods</source>
        <translation>groupes</translation>
    </message>
    <message>
        <source>rotation</source>
        <translation>rotation</translation>
    </message>
    <message>
        <source>same role</source>
        <translation>même rôle</translation>
    </message>
    <message>
        <source>same learning goal</source>
        <translation>même objectif d&apos;apprentissage</translation>
    </message>
    <message>
        <source>one group of three</source>
        <translation>un groupe de trois</translation>
    </message>
    <message>
        <source>one person sits out</source>
        <translation>une personne est mise de côté</translation>
    </message>
    <message>
        <source>penalise pairs that met</source>
        <translation>pénaliser les binômes déjà réunis</translation>
    </message>
    <message>
        <source>forbid pairs that met</source>
        <translation>interdire les binômes déjà réunis</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>&amp;Programme</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>&amp;Mode</translation>
    </message>
    <message>
        <source>Pod si&amp;ze</source>
        <translation>&amp;Taille des groupes</translation>
    </message>
    <message>
        <source>Pods &amp;by</source>
        <translation>&amp;Groupes par</translation>
    </message>
    <message>
        <source>Ro&amp;unds</source>
        <translation>To&amp;urs</translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation>&amp;Sujet</translation>
    </message>
    <message>
        <source>&amp;Capacity</source>
        <translation>&amp;Capacité</translation>
    </message>
    <message>
        <source>With an &amp;odd number</source>
        <translation>Avec un nombre &amp;impair</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>Shuffl&amp;e</source>
        <translation>Mélang&amp;e</translation>
    </message>
    <message>
        <source>S&amp;kips this round...</source>
        <translation>Passent leur t&amp;our...</translation>
    </message>
    <message>
        <source>Tick who sits this round out (they answered SKIP): the run leaves them out</source>
        <translation>Cochez qui passe ce tour (réponse SKIP)&#xa0;: l&apos;appariement les laisse de côté</translation>
    </message>
    <message>
        <source>What makes a good pair (points)</source>
        <translation>Ce qui fait un bon binôme (points)</translation>
    </message>
    <message>
        <source>Points for: {0}</source>
        <translation>Points pour&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Proposed groups</source>
        <translation>Groupes proposés</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Appariement</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Lancer</translation>
    </message>
    <message>
        <source>&amp;Lock / Unlock</source>
        <translation>&amp;Verrouiller / Déverrouiller</translation>
    </message>
    <message>
        <source>S&amp;wap two people</source>
        <translation>Pe&amp;rmuter deux personnes</translation>
    </message>
    <message>
        <source>E&amp;xclude person</source>
        <translation>E&amp;xclure la personne</translation>
    </message>
    <message>
        <source>&amp;Never pair these two</source>
        <translation>&amp;Ne jamais apparier ces deux personnes</translation>
    </message>
    <message>
        <source>Add the two selected people to the do-not-pair list (or take them off it)</source>
        <translation>Ajouter les deux personnes sélectionnées à la liste des binômes interdits (ou les en retirer)</translation>
    </message>
    <message>
        <source>Wh&amp;y Not These Two?</source>
        <translation>Pourquoi pas ces &amp;deux-là&#xa0;?</translation>
    </message>
    <message>
        <source>The best pairing that puts the two selected people together, and what stands in the way</source>
        <translation>Le meilleur appariement qui réunit les deux personnes sélectionnées, et ce qui s&apos;y oppose</translation>
    </message>
    <message>
        <source>&amp;Apply to Schedule</source>
        <translation>&amp;Appliquer au planning</translation>
    </message>
    <message>
        <source>Each group meets at a time all its members are free (in their own timezones) and none is booked, spread over the program&apos;s week</source>
        <translation>Chaque groupe se réunit à un moment où tous ses membres sont libres (dans leur propre fuseau horaire) et aucun n&apos;est occupé, en répartissant les rencontres sur la semaine du programme</translation>
    </message>
    <message>
        <source>&amp;Pick a Time...</source>
        <translation>&amp;Fixer un horaire...</translation>
    </message>
    <message>
        <source>Open the next meeting Apply could not place, to choose its time</source>
        <translation>Ouvrir la prochaine réunion qu&apos;Appliquer n&apos;a pas pu placer, pour en choisir l&apos;horaire</translation>
    </message>
    <message>
        <source>Add &amp;Free Time</source>
        <translation>A&amp;jouter du temps libre</translation>
    </message>
    <message>
        <source>Add the selected suggestion to that person&apos;s weekly free time (Edit &gt; Undo takes it back)</source>
        <translation>Ajouter la suggestion sélectionnée aux disponibilités hebdomadaires de cette personne (Édition &gt; Annuler la retire)</translation>
    </message>
    <message>
        <source>Allow Meeting A&amp;gain</source>
        <translation>Autoriser la r&amp;épétition</translation>
    </message>
    <message>
        <source>Let the two people of the selected suggestion meet again in this program&apos;s runs, although they met before (the no-repeat rule still holds for everyone else)</source>
        <translation>Permettre aux deux personnes de la suggestion choisie de se retrouver dans les tours de ce programme, bien qu&apos;elles se soient déjà rencontrées (la règle de non-répétition vaut toujours pour les autres)</translation>
    </message>
    <message>
        <source>Pairs that have met so far: {0}.</source>
        <translation>Binômes déjà réunis&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>no teams yet</source>
        <translation>pas encore d&apos;équipes</translation>
    </message>
    <message>
        <source>Never paired: {0}.</source>
        <translation>Jamais appariés&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>Choose a mode and press Run. Nothing is scheduled until you Apply.</source>
        <translation>Choisissez un mode et cliquez sur Lancer. Rien n&apos;est planifié tant que vous n&apos;avez pas cliqué sur Appliquer au planning.</translation>
    </message>
    <message numerus="yes">
        <source>S&amp;kips this round (%n)...</source>
        <translation>
            <numerusform>Passent leur t&amp;our (%n)...</numerusform>
            <numerusform>Passent leur t&amp;our (%n)...</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview with these points: {0} of {1} would change; {2:g} points in all (now {3:g}). Press Run to use them.</source>
        <translation>Aperçu avec ces points&#xa0;: {0} sur {1} changeraient&#xa0;; {2:g} points au total (actuellement {3:g}). Cliquez sur Lancer pour les utiliser.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n groupe</numerusform>
            <numerusform>%n groupes</numerusform>
        </translation>
    </message>
    <message>
        <source>Round {0}</source>
        <translation>Tour {0}</translation>
    </message>
    <message>
        <source>Skipped: {0}</source>
        <translation>Passent leur tour&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Allowed to meet again: {0}</source>
        <translation>Autorisés à se retrouver&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Unpaired ({0})</source>
        <translation>Sans binôme ({0})</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>How these pairs were chosen</source>
        <translation>Comment ces binômes ont été choisis</translation>
    </message>
    <message>
        <source>How these groups were chosen</source>
        <translation>Comment ces groupes ont été choisis</translation>
    </message>
    <message>
        <source> {0} from the previous run.</source>
        <translation> {0} par rapport au calcul précédent.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) differ(s)</source>
        <translation>
            <numerusform>%n groupe diffère</numerusform>
            <numerusform>%n groupes diffèrent</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Run {0}&lt;/b&gt;: {1}, {2:g} points in all, shuffle {3}.{4} {5}</source>
        <translation>&lt;b&gt;Calcul {0}&lt;/b&gt;&#xa0;: {1}, {2:g} points au total, mélange {3}.{4} {5}</translation>
    </message>
    <message>
        <source>Why not {0} with {1}?</source>
        <translation>Pourquoi pas {0} avec {1}&#xa0;?</translation>
    </message>
    <message>
        <source>Applied run {0}: its sessions are in the Schedule.</source>
        <translation>Calcul {0} appliqué&#xa0;: ses séances figurent dans le planning.</translation>
    </message>
    <message>
        <source>Applied run {0}: {1} placed where every member is free. No free shared time for {2}:
{3}</source>
        <translation>Calcul {0} appliqué&#xa0;: {1} placées là où tous les membres sont libres. Aucun créneau libre commun pour {2}&#xa0;:
{3}</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n réunion</numerusform>
            <numerusform>%n réunions</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}&apos;s added time would run past midnight: add it in Edit Person.</source>
        <translation>Le temps ajouté pour {0} dépasserait minuit&#xa0;: ajoutez-le dans Modifier la personne.</translation>
    </message>
    <message>
        <source>Teaching, per level gained</source>
        <translation>Enseignement, par niveau gagné</translation>
    </message>
    <message>
        <source>Both learn (swap)</source>
        <translation>Apprentissage mutuel (échange)</translation>
    </message>
    <message>
        <source>Shared free time</source>
        <translation>Temps libre commun</translation>
    </message>
    <message>
        <source>No shared free time</source>
        <translation>Aucun temps libre commun</translation>
    </message>
    <message>
        <source>Other team (negative: same team)</source>
        <translation>Autre équipe (négatif&#xa0;: même équipe)</translation>
    </message>
    <message>
        <source>Met before</source>
        <translation>Déjà réunis</translation>
    </message>
    <message>
        <source>Added for each level the learner gains from the teacher (up to 3 levels)</source>
        <translation>S&apos;ajoute pour chaque niveau que l&apos;apprenant·e gagne auprès de la personne qui enseigne (jusqu&apos;à 3 niveaux)</translation>
    </message>
    <message>
        <source>Added when each of the two can teach the other something</source>
        <translation>S&apos;ajoute quand chacune des deux personnes peut enseigner quelque chose à l&apos;autre</translation>
    </message>
    <message>
        <source>Added when both are free at the same time in the week for a session</source>
        <translation>S&apos;ajoute quand les deux personnes sont libres au même moment de la semaine pour une séance</translation>
    </message>
    <message>
        <source>Added (a minus takes points off) when both gave free times but none overlap</source>
        <translation>S&apos;ajoute (un nombre négatif retire des points) quand les deux personnes ont indiqué leurs disponibilités, mais qu&apos;elles ne se chevauchent pas</translation>
    </message>
    <message>
        <source>Added for two people from different teams; a minus number prefers the same team</source>
        <translation>S&apos;ajoute pour deux personnes d&apos;équipes différentes&#xa0;; un nombre négatif favorise la même équipe</translation>
    </message>
    <message>
        <source>Added (a minus takes points off) for two people who already met in this program</source>
        <translation>S&apos;ajoute (un nombre négatif retire des points) pour deux personnes qui se sont déjà rencontrées dans ce programme</translation>
    </message>
    <message>
        <source>Every pair gets a score: the sum of the points below that apply to it. PeerDesk picks the groupings with the highest total, so more points make a reason count more, and a minus number counts against a pair. Example: a teacher two levels above the learner, both free at the same time, earns 2 × 10 + 10 = 30 points.</source>
        <translation>Chaque binôme reçoit un score&#xa0;: la somme des points ci-dessous qui s&apos;appliquent à lui. PeerDesk retient les regroupements dont le total est le plus élevé&#xa0;: plus une raison rapporte de points, plus elle pèse, et un nombre négatif joue contre un binôme. Exemple&#xa0;: une personne qui enseigne avec deux niveaux d&apos;avance sur l&apos;apprenant·e, les deux étant libres au même moment, obtient 2 × 10 + 10 = 30 points.</translation>
    </message>
    <message>
        <source>When the number of people is odd, someone is left over: either three people meet as one group, or one person sits out this round</source>
        <translation>Quand le nombre de personnes est impair, il en reste une&#xa0;: soit trois personnes se réunissent en un seul groupe, soit une personne est mise de côté pour ce tour</translation>
    </message>
    <message>
        <source>Several groupings are often equally good. Another number here picks another of them; the same number always gives the same groups</source>
        <translation>Plusieurs regroupements sont souvent aussi bons les uns que les autres. Un autre nombre ici en choisit un autre&#xa0;; le même nombre donne toujours les mêmes groupes</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Timezone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Teaches</source>
        <translation>Enseigne</translation>
    </message>
    <message>
        <source>Wants to learn</source>
        <translation>Veut apprendre</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit Person</source>
        <translation>Modifier la personne</translation>
    </message>
    <message>
        <source>Add Person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>(no manager)</source>
        <translation>(aucun responsable)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (optional)</source>
        <translation>AAAA-MM-JJ (facultatif)</translation>
    </message>
    <message>
        <source>Active (takes part in matching and programs)</source>
        <translation>Active (participe aux appariements et aux programmes)</translation>
    </message>
    <message>
        <source>e.g. Tue 10:00-12:00; Thu 14:00-16:00</source>
        <translation>p. ex. Tue 10:00-12:00; Thu 14:00-16:00</translation>
    </message>
    <message>
        <source>e.g. 2026-03-10..2026-03-21 parental leave (reason private)</source>
        <translation>p. ex. 2026-03-10..2026-03-21 congé parental (motif privé)</translation>
    </message>
    <message>
        <source>First..last day away, then an optional reason only you see; separate several with &apos;;&apos;. Matching and the sessions of those days leave them out, and they come back after.</source>
        <translation>Premier..dernier jour d&apos;absence, puis un motif facultatif visible de vous seul&#xa0;; séparez plusieurs absences par «&#xa0;;&#xa0;». L&apos;appariement et les séances de ces jours-là ne tiennent pas compte de la personne, qui est de nouveau incluse ensuite.</translation>
    </message>
    <message>
        <source>Level 0-4</source>
        <translation>Niveau 0-4</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Teaches: skills and levels</source>
        <translation>Enseigne&#xa0;: compétences et niveaux</translation>
    </message>
    <message>
        <source>Wants to learn: skills and target levels</source>
        <translation>Veut apprendre&#xa0;: compétences et niveaux cibles</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>É&amp;quipe</translation>
    </message>
    <message>
        <source>Mana&amp;ger</source>
        <translation>Res&amp;ponsable</translation>
    </message>
    <message>
        <source>Time&amp;zone</source>
        <translation>&amp;Fuseau horaire</translation>
    </message>
    <message>
        <source>&amp;Joined</source>
        <translation>Date d&apos;&amp;arrivée</translation>
    </message>
    <message>
        <source>&amp;Free weekly</source>
        <translation>Disponibilités &amp;hebdomadaires</translation>
    </message>
    <message>
        <source>Time &amp;away</source>
        <translation>A&amp;bsences</translation>
    </message>
    <message>
        <source>Can teach</source>
        <translation>Peut enseigner</translation>
    </message>
    <message>
        <source>Wants to learn</source>
        <translation>Veut apprendre</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>did you mean {0}? Pick it from the list</source>
        <translation>vouliez-vous dire {0}&#xa0;? Choisissez-le dans la liste</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a date like 2024-03-01</source>
        <translation>«&#xa0;{0}&#xa0;» n&apos;est pas une date au format 2024-03-01</translation>
    </message>
</context>
<context>
    <name>PilotDialog</name>
    <message>
        <source>Edit Program</source>
        <translation>Modifier le programme</translation>
    </message>
    <message>
        <source>New Pilot</source>
        <translation>Nouveau pilote</translation>
    </message>
    <message>
        <source>country[-region], e.g. DE-BY, US-CA, GB</source>
        <translation>pays[-région], p. ex. DE-BY, US-CA, FR</translation>
    </message>
    <message>
        <source>Public holidays</source>
        <translation>Jours fériés</translation>
    </message>
    <message>
        <source>keep the session</source>
        <translation>maintenir la séance</translation>
    </message>
    <message>
        <source>skip that week</source>
        <translation>sauter cette semaine</translation>
    </message>
    <message>
        <source>move to the next working day</source>
        <translation>reporter au jour ouvré suivant</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> min before</source>
        <translation> min avant</translation>
    </message>
    <message>
        <source>Pick a whole team...</source>
        <translation>Choisir toute une équipe...</translation>
    </message>
    <message>
        <source>The session format: micro-lesson (10-20 min, one person teaches one thing), peer coaching, skill-swap, problem clinic, shadow shift (watch a peer do the real work), lunch-and-learn, learning pod or demo-and-discuss. Schedule &gt; Formats edits their lengths and agendas.</source>
        <translation>Le format de la séance&#xa0;: micro-leçon (10-20 min, une personne enseigne une chose), coaching entre pairs, échange de compétences, atelier de résolution, binôme d&apos;observation (regarder un pair faire le vrai travail), déjeuner-formation, groupe d&apos;apprentissage ou démo et discussion. Planning &gt; Formats permet de modifier leurs durées et leurs ordres du jour.</translation>
    </message>
    <message>
        <source>Targets the Feedback tab measures the pilot against: the share of members at each session, sessions per month, and how much faster people reach their target level than before the pilot.</source>
        <translation>Les cibles auxquelles l&apos;onglet Retours compare le pilote&#xa0;: la part des membres présents à chaque séance, le nombre de séances par mois, et combien de temps les personnes gagnent pour atteindre leur niveau cible par rapport à avant le pilote.</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Jour de la semaine</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation>Durée en minutes</translation>
    </message>
    <message>
        <source>On a public holiday</source>
        <translation>En cas de jour férié</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Target participation</source>
        <translation>Participation cible</translation>
    </message>
    <message>
        <source>Target sessions per month</source>
        <translation>Séances par mois (cible)</translation>
    </message>
    <message>
        <source>Target: how much faster to competency</source>
        <translation>Cible&#xa0;: gain de temps pour atteindre le niveau de compétence</translation>
    </message>
    <message>
        <source>participation</source>
        <translation>participation</translation>
    </message>
    <message>
        <source>sessions/month</source>
        <translation>séances/mois</translation>
    </message>
    <message>
        <source>faster onboarding</source>
        <translation>intégration plus rapide</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Objectif</translation>
    </message>
    <message>
        <source>Or&amp;ganizer</source>
        <translation>Or&amp;ganisateur</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>&amp;Début</translation>
    </message>
    <message>
        <source>&amp;Weeks</source>
        <translation>&amp;Semaines</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Chaque</translation>
    </message>
    <message>
        <source>Language of its printouts, reports and invites</source>
        <translation>Langue de ses documents imprimés, rapports et invitations</translation>
    </message>
    <message>
        <source>Agendas, sign-in sheets, reports, invites and email drafts of this pilot use this language</source>
        <translation>Les ordres du jour, feuilles d&apos;émargement, rapports, invitations et brouillons d&apos;e-mail de ce pilote sont dans cette langue</translation>
    </message>
    <message>
        <source>as PeerDesk ({0})</source>
        <translation>comme PeerDesk ({0})</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Time&amp;zone</source>
        <translation>Fuseau &amp;horaire</translation>
    </message>
    <message>
        <source>on a holiday:</source>
        <translation>en cas de jour férié&#xa0;:</translation>
    </message>
    <message>
        <source>Public &amp;holidays</source>
        <translation>&amp;Jours fériés</translation>
    </message>
    <message>
        <source>&amp;Reminder</source>
        <translation>&amp;Rappel</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Cibles</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Membres</translation>
    </message>
    <message>
        <source>Sessions this pilot would create</source>
        <translation>Séances que ce pilote créerait</translation>
    </message>
    <message>
        <source>Save Changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Create Pilot</source>
        <translation>Créer le pilote</translation>
    </message>
    <message>
        <source>Suggested times, best first</source>
        <translation>Créneaux suggérés, les meilleurs en premier</translation>
    </message>
    <message>
        <source>Click a time to use it for the pilot</source>
        <translation>Cliquez sur un créneau pour l&apos;utiliser pour le pilote</translation>
    </message>
    <message>
        <source>&lt;b&gt;Suggested &amp;times&lt;/b&gt; (best first; click one to use it)</source>
        <translation>&lt;b&gt;&amp;Créneaux suggérés&lt;/b&gt; (les meilleurs en premier&#xa0;; cliquez sur l&apos;un d&apos;eux pour l&apos;utiliser)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Future sessions after this change&lt;/b&gt;</source>
        <translation>&lt;b&gt;Séances à venir après cette modification&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sessions this creates&lt;/b&gt;</source>
        <translation>&lt;b&gt;Séances ainsi créées&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>Organisateur</translation>
    </message>
    <message>
        <source>Choose, or type a name and address: Name &lt;name@example.com&gt;</source>
        <translation>Choisissez, ou saisissez un nom et une adresse&#xa0;: Nom &lt;name@example.com&gt;</translation>
    </message>
    <message>
        <source>The invites go out in this person&apos;s name; they need not be on the roster</source>
        <translation>Les invitations partent au nom de cette personne&#xa0;; elle n&apos;a pas besoin de figurer dans la liste de l&apos;équipe</translation>
    </message>
    <message>
        <source>{0} &lt;{1}&gt; (you)</source>
        <translation>{0} &lt;{1}&gt; (vous)</translation>
    </message>
    <message>
        <source>Tick the members to see the times that suit them best.</source>
        <translation>Cochez les membres pour voir les créneaux qui leur conviennent le mieux.</translation>
    </message>
    <message>
        <source>No weekly time is free of the members&apos; other sessions in these weeks.</source>
        <translation>Aucun créneau hebdomadaire n&apos;est libre de toute autre séance des membres pendant ces semaines.</translation>
    </message>
    <message>
        <source>Week {0}</source>
        <translation>Semaine {0}</translation>
    </message>
    <message>
        <source>One-off</source>
        <translation>Ponctuelle</translation>
    </message>
    <message>
        <source>{0}: {1}, led by {2}</source>
        <translation>{0}&#xa0;: {1}, animée par {2}</translation>
    </message>
    <message>
        <source>week {0} ({1}, {2})</source>
        <translation>semaine {0} ({1}, {2})</translation>
    </message>
    <message>
        <source> - moved from {0} ({1})</source>
        <translation> - reportée du {0} ({1})</translation>
    </message>
    <message>
        <source>... and {0} more</source>
        <translation>... et {0} de plus</translation>
    </message>
    <message>
        <source>On a public holiday: {0}</source>
        <translation>En cas de jour férié&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Save Changes still keeps every session</source>
        <translation>Enregistrer les modifications conserve malgré tout toutes les séances</translation>
    </message>
    <message>
        <source>Create Pilot still creates every session</source>
        <translation>Créer le pilote crée malgré tout toutes les séances</translation>
    </message>
    <message>
        <source>⚠ {0} would have conflicts (see the list). They are warnings: {1}, and you can move them later.</source>
        <translation>⚠ Conflits possibles pour {0} (voir la liste). Ce ne sont que des avertissements&#xa0;: {1}, et vous pourrez déplacer ces séances plus tard.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n séance</numerusform>
            <numerusform>%n séances</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: {0}</source>
        <translation>Remarque&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Did you mean {0}? Pick it from the list.</source>
        <translation>Vouliez-vous dire {0}&#xa0;? Choisissez-le dans la liste.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>&apos;{0}&apos; is not a valid email address</source>
        <translation>«&#xa0;{0}&#xa0;» n&apos;est pas une adresse e-mail valide</translation>
    </message>
    <message>
        <source>pick at least one working day</source>
        <translation>choisissez au moins un jour ouvré</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>My name</source>
        <translation>Mon nom</translation>
    </message>
    <message>
        <source>My email</source>
        <translation>Mon e-mail</translation>
    </message>
    <message>
        <source>the organizer of my pilots&apos; invites</source>
        <translation>l&apos;organisateur des invitations de mes pilotes</translation>
    </message>
    <message>
        <source>My timezone</source>
        <translation>Mon fuseau horaire</translation>
    </message>
    <message>
        <source>My country for public holidays</source>
        <translation>Mon pays pour les jours fériés</translation>
    </message>
    <message>
        <source>country[-region], e.g. DE-BY, US-CA, GB</source>
        <translation>pays[-région], p. ex. DE-BY, US-CA, FR</translation>
    </message>
    <message>
        <source>program</source>
        <translation>programme</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>As this computer ({0})</source>
        <translation>Comme cet ordinateur ({0})</translation>
    </message>
    <message>
        <source>Pseudo-locale (to check translations)</source>
        <translation>Pseudo-langue (pour vérifier les traductions)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>My &amp;name</source>
        <translation>Mon &amp;nom</translation>
    </message>
    <message>
        <source>My &amp;email</source>
        <translation>Mon &amp;e-mail</translation>
    </message>
    <message>
        <source>My &amp;timezone</source>
        <translation>Mon &amp;fuseau horaire</translation>
    </message>
    <message>
        <source>Public &amp;holidays</source>
        <translation>&amp;Jours fériés</translation>
    </message>
    <message>
        <source>&amp;Paper size</source>
        <translation>Format du &amp;papier</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Jours ouvrés</translation>
    </message>
    <message>
        <source>Week view &amp;colours by</source>
        <translation>&amp;Couleurs de la vue semaine selon</translation>
    </message>
    <message>
        <source>https://cloud.example.com/remote.php/dav/</source>
        <translation>https://cloud.example.com/remote.php/dav/</translation>
    </message>
    <message>
        <source>kept in this computer&apos;s keychain, never in the workspace</source>
        <translation>conservé dans le trousseau de cet ordinateur, jamais dans l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Calendar server (for Schedule &gt; Publish to Calendar)</source>
        <translation>Serveur de calendrier (pour Planning &gt; Publier dans le calendrier)</translation>
    </message>
    <message>
        <source>&amp;Server address</source>
        <translation>Adresse du &amp;serveur</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Utilisateur</translation>
    </message>
    <message>
        <source>Pass&amp;word or app password</source>
        <translation>&amp;Mot de passe ou mot de passe d&apos;application</translation>
    </message>
    <message>
        <source>PeerDesk speaks {0} from its next start.</source>
        <translation>PeerDesk s&apos;affichera en {0} à son prochain démarrage.</translation>
    </message>
    <message>
        <source>Enter the user name that goes with the password.</source>
        <translation>Saisissez le nom d&apos;utilisateur associé au mot de passe.</translation>
    </message>
    <message>
        <source>The password could not be kept in this computer&apos;s keychain ({0}); type it when you publish.</source>
        <translation>Le mot de passe n&apos;a pas pu être conservé dans le trousseau de cet ordinateur ({0})&#xa0;; saisissez-le au moment de publier.</translation>
    </message>
</context>
<context>
    <name>PrintController</name>
    <message>
        <source>Templates folder: {0}</source>
        <translation>Dossier des modèles&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Built-in templates restored; yours are kept in {0}</source>
        <translation>Modèles intégrés remis en service&#xa0;; les vôtres sont conservés dans {0}</translation>
    </message>
    <message>
        <source>You have no templates of your own; the built-in ones are in use.</source>
        <translation>Vous n&apos;avez pas de modèles personnels&#xa0;; les modèles intégrés sont utilisés.</translation>
    </message>
    <message>
        <source>Reset templates</source>
        <translation>Revenir aux modèles intégrés</translation>
    </message>
    <message>
        <source>Use PeerDesk&apos;s built-in templates again? Your own templates are moved to a backup folder beside them, not deleted.</source>
        <translation>Utiliser à nouveau les modèles intégrés de PeerDesk&#xa0;? Vos propres modèles sont déplacés dans un dossier de sauvegarde voisin, et non supprimés.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source> (skipped)</source>
        <translation> (sautée)</translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (annulée)</translation>
    </message>
    <message>
        <source>Doc&amp;ument</source>
        <translation>D&amp;ocument</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Séance</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>P&amp;rogram</source>
        <translation>P&amp;rogramme</translation>
    </message>
    <message>
        <source>P&amp;erson</source>
        <translation>P&amp;ersonne</translation>
    </message>
    <message>
        <source>P&amp;aper</source>
        <translation>Pa&amp;pier</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Imprimer...</translation>
    </message>
    <message>
        <source>Print Pre&amp;view...</source>
        <translation>&amp;Aperçu avant impression...</translation>
    </message>
    <message>
        <source>Export P&amp;DF...</source>
        <translation>Exporter en P&amp;DF...</translation>
    </message>
    <message>
        <source>Export &amp;HTML...</source>
        <translation>Exporter en &amp;HTML...</translation>
    </message>
    <message>
        <source>&amp;Copy Text</source>
        <translation>&amp;Copier le texte</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Wrote {0} ({1}).</source>
        <translation>{0} écrit ({1}).</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>Wrote {0}.</source>
        <translation>{0} écrit.</translation>
    </message>
    <message>
        <source>Export HTML</source>
        <translation>Exporter en HTML</translation>
    </message>
    <message>
        <source>{0} was not written: {1}</source>
        <translation>{0} n&apos;a pas été écrit&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copié dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Session agenda</source>
        <translation>Ordre du jour de la séance</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Feuille d&apos;émargement</translation>
    </message>
    <message>
        <source>Feedback slips (anonymous, to cut)</source>
        <translation>Fiches de retour (anonymes, à découper)</translation>
    </message>
    <message>
        <source>Follow-up note (Markdown)</source>
        <translation>Note de suivi (Markdown)</translation>
    </message>
    <message>
        <source>Facilitator guide</source>
        <translation>Guide de l&apos;animateur</translation>
    </message>
    <message>
        <source>Program handout</source>
        <translation>Support du programme</translation>
    </message>
    <message>
        <source>Kickoff one-pager for leadership</source>
        <translation>Page de lancement pour la direction</translation>
    </message>
    <message>
        <source>Pilot calendar (month grid)</source>
        <translation>Calendrier du pilote (grille mensuelle)</translation>
    </message>
    <message>
        <source>Skip slip (before a matching round)</source>
        <translation>Coupon pour passer son tour (avant un tour d&apos;appariement)</translation>
    </message>
    <message>
        <source>How these pairs were chosen (latest pairs or mentor run)</source>
        <translation>Comment ces binômes ont été choisis (dernier tour en binômes ou en mentorat)</translation>
    </message>
    <message>
        <source>Learning record (one person)</source>
        <translation>Relevé d&apos;apprentissage (une personne)</translation>
    </message>
    <message>
        <source>Certificate of participation (one person)</source>
        <translation>Certificat de participation (une personne)</translation>
    </message>
    <message>
        <source>Thank-you card for a facilitator</source>
        <translation>Carte de remerciement pour un animateur</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish to Calendar</source>
        <translation>Publier dans le calendrier</translation>
    </message>
    <message>
        <source>Server or calendar address</source>
        <translation>Adresse du serveur ou du calendrier</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Password or app password</source>
        <translation>Mot de passe ou mot de passe d&apos;application</translation>
    </message>
    <message>
        <source>Keep the password in this computer&apos;s keychain</source>
        <translation>Conserver le mot de passe dans le trousseau de cet ordinateur</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Pick one of your calendars, or type a new name to create it</source>
        <translation>Choisissez l&apos;un de vos calendriers, ou saisissez un nouveau nom pour le créer</translation>
    </message>
    <message>
        <source>&amp;Find Calendars</source>
        <translation>&amp;Rechercher les calendriers</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>&amp;Programme</translation>
    </message>
    <message>
        <source>&amp;Server or calendar address</source>
        <translation>Adresse du &amp;serveur ou du calendrier</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Utilisateur</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Calendrier</translation>
    </message>
    <message>
        <source>Paste a calendar&apos;s own address (from Nextcloud or Radicale) to publish into it, or the server&apos;s address and pick or name a calendar. Nextcloud, Fastmail and iCloud need an app password. Publishing again updates only what changed; events others added are never touched.</source>
        <translation>Collez l&apos;adresse propre d&apos;un calendrier (de Nextcloud ou Radicale) pour y publier, ou l&apos;adresse du serveur, puis choisissez ou nommez un calendrier. Nextcloud, Fastmail et iCloud exigent un mot de passe d&apos;application. Une nouvelle publication ne met à jour que ce qui a changé&#xa0;; les événements ajoutés par d&apos;autres ne sont jamais modifiés.</translation>
    </message>
    <message>
        <source>&amp;Trust This Certificate</source>
        <translation>&amp;Faire confiance à ce certificat</translation>
    </message>
    <message>
        <source>Keep &amp;Mine (overwrite their change)</source>
        <translation>Garder ma &amp;version (écraser leur modification)</translation>
    </message>
    <message>
        <source>Keep &amp;Theirs (leave their version)</source>
        <translation>Garder la &amp;leur (laisser leur version)</translation>
    </message>
    <message>
        <source>&amp;Skip Them (publish the rest)</source>
        <translation>&amp;Ignorer ces événements (publier le reste)</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>Pu&amp;blier</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>kept in your keychain</source>
        <translation>conservé dans votre trousseau</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain could not be read ({0}).</source>
        <translation>Le trousseau de cet ordinateur n&apos;a pas pu être lu ({0}).</translation>
    </message>
    <message>
        <source>Type the password.</source>
        <translation>Saisissez le mot de passe.</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v sur %m</translation>
    </message>
    <message>
        <source>Publishing {0}...</source>
        <translation>Publication de {0}...</translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation>Arrêt en cours...</translation>
    </message>
    <message>
        <source>Enter your user name on the calendar server.</source>
        <translation>Saisissez votre nom d&apos;utilisateur sur le serveur de calendrier.</translation>
    </message>
    <message>
        <source>Enter the password (or app password) for {0}.</source>
        <translation>Saisissez le mot de passe (ou le mot de passe d&apos;application) de {0}.</translation>
    </message>
    <message>
        <source>Looking for your calendars...</source>
        <translation>Recherche de vos calendriers...</translation>
    </message>
    <message>
        <source>Found {0}. Pick one, or type a new name to create it.</source>
        <translation>Calendriers trouvés&#xa0;: {0}. Choisissez-en un, ou saisissez un nouveau nom pour le créer.</translation>
    </message>
    <message numerus="yes">
        <source>%n calendar(s)</source>
        <translation>
            <numerusform>%n calendrier</numerusform>
            <numerusform>%n calendriers</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting to {0}...</source>
        <translation>Connexion à {0}...</translation>
    </message>
    <message>
        <source>These events in the calendar are not what this workspace last published there:
{0}
Whose version to keep?</source>
        <translation>Ces événements du calendrier ne correspondent plus à ce que cet espace de travail y a publié la dernière fois&#xa0;:
{0}
Quelle version voulez-vous garder&#xa0;?</translation>
    </message>
    <message>
        <source>Nothing was published yet.</source>
        <translation>Rien n&apos;a encore été publié.</translation>
    </message>
    <message>
        <source>stopped on request; publish again to finish</source>
        <translation>arrêté à votre demande&#xa0;; publiez à nouveau pour terminer</translation>
    </message>
    <message>
        <source>Published {0} to &apos;{1}&apos;, but:
{2}</source>
        <translation>Publié dans «&#xa0;{1}&#xa0;»&#xa0;: {0}, mais&#xa0;:
{2}</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n modification</numerusform>
            <numerusform>%n modifications</numerusform>
        </translation>
    </message>
    <message>
        <source>Published {0} to &apos;{1}&apos;: {2}.</source>
        <translation>{0} publié dans «&#xa0;{1}&#xa0;»&#xa0;: {2}.</translation>
    </message>
    <message numerus="yes">
        <source> %n answer(s) from attendees read from the calendar.</source>
        <translation>
            <numerusform> %n réponse de participant·e lue dans le calendrier.</numerusform>
            <numerusform> %n réponses de participant·e·s lues dans le calendrier.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} reached the calendar before this and are recorded; publish again to finish.</source>
        <translation>Déjà arrivées dans le calendrier et enregistrées&#xa0;: {0}&#xa0;; publiez à nouveau pour terminer.</translation>
    </message>
    <message>
        <source>Nothing in your workspace was changed.</source>
        <translation>Rien n&apos;a été modifié dans votre espace de travail.</translation>
    </message>
    <message>
        <source>This server&apos;s certificate is not signed by an authority this computer knows. Trust it only if your administrator confirms this fingerprint (SHA-256):
{0}</source>
        <translation>Le certificat de ce serveur n&apos;est pas signé par une autorité connue de cet ordinateur. Ne lui faites confiance que si votre administrateur confirme cette empreinte (SHA-256)&#xa0;:
{0}</translation>
    </message>
</context>
<context>
    <name>RecognitionPage</name>
    <message>
        <source>Top contributors</source>
        <translation>Principaux contributeurs</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Sessions led</source>
        <translation>Séances animées</translation>
    </message>
    <message>
        <source>Colleagues taught</source>
        <translation>Collègues formés</translation>
    </message>
    <message>
        <source>Teach/learn balance</source>
        <translation>Équilibre enseigner/apprendre</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Led</source>
        <translation>Animées</translation>
    </message>
    <message>
        <source>Learned</source>
        <translation>Suivies</translation>
    </message>
    <message>
        <source>Teach/learn balance: held sessions each member led, and attended as a learner</source>
        <translation>Équilibre enseigner/apprendre&#xa0;: les séances tenues que chaque membre a animées, et celles qu&apos;il a suivies comme apprenant·e</translation>
    </message>
    <message>
        <source>Shout-outs</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <source>Shout-out for</source>
        <translation>Mention pour</translation>
    </message>
    <message>
        <source>Shout-out</source>
        <translation>Mention</translation>
    </message>
    <message>
        <source>What did they do that others should know about?</source>
        <translation>Qu&apos;a fait cette personne que les autres devraient savoir&#xa0;?</translation>
    </message>
    <message>
        <source>Add shou&amp;t-out</source>
        <translation>Ajouter une &amp;mention</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Print &amp;learning record...</source>
        <translation>Imprimer le relevé d&apos;apprentissa&amp;ge...</translation>
    </message>
    <message>
        <source>Learning record for</source>
        <translation>Relevé d&apos;apprentissage de</translation>
    </message>
    <message>
        <source>&lt;b&gt;Top contributors&lt;/b&gt; (held sessions)</source>
        <translation>&lt;b&gt;Principaux contributeurs&lt;/b&gt; (séances tenues)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Teach/learn balance&lt;/b&gt; (members)</source>
        <translation>&lt;b&gt;Équilibre enseigner/apprendre&lt;/b&gt; (membres)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Shout-outs&lt;/b&gt;: they go in the leadership report</source>
        <translation>&lt;b&gt;Mentions&lt;/b&gt;&#xa0;: elles figurent dans le rapport pour la direction</translation>
    </message>
    <message>
        <source>The team</source>
        <translation>L&apos;équipe</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>Session to record</source>
        <translation>Séance à saisir</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>One row per invitee: Space marks present, 1 to 5 rates, 0 clears the rating</source>
        <translation>Une ligne par personne invitée&#xa0;: Espace la marque présente, 1 à 5 attribue une note, 0 efface la note</translation>
    </message>
    <message>
        <source>Who was invited and who came. Space marks a person present or absent; typing 1 to 5 rates the session for them (and marks them present) and moves down; 0 clears the rating. Type in the answer and commitment columns to edit them. Walk-ins are added below the table.</source>
        <translation>Qui était invité et qui est venu. Espace marque une personne présente ou absente&#xa0;; taper 1 à 5 note la séance pour elle (et la marque présente) puis passe à la ligne suivante&#xa0;; 0 efface la note. Tapez dans les colonnes de réponse et d&apos;engagement pour les modifier. Les personnes venues sans invitation s&apos;ajoutent sous le tableau.</translation>
    </message>
    <message>
        <source>Walk-in to add</source>
        <translation>Personne venue sans invitation à ajouter</translation>
    </message>
    <message>
        <source>Choose someone who came uninvited</source>
        <translation>Choisissez une personne venue sans invitation</translation>
    </message>
    <message>
        <source>Add &amp;walk-in</source>
        <translation>Ajouter une personne &amp;venue sans invitation</translation>
    </message>
    <message>
        <source>Facilitator&apos;s notes and key points</source>
        <translation>Notes et points clés de l&apos;animateur</translation>
    </message>
    <message>
        <source>as planned</source>
        <translation>comme prévu</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Session was hel&amp;d</source>
        <translation>La séance a eu &amp;lieu</translation>
    </message>
    <message>
        <source>Sess&amp;ion:</source>
        <translation>Séance à sa&amp;isir&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>Recording lin&amp;k</source>
        <translation>Lien de l&apos;en&amp;registrement</translation>
    </message>
    <message>
        <source>Ac&amp;tual length</source>
        <translation>Durée ré&amp;elle</translation>
    </message>
    <message>
        <source>Keyboard: type a rating 1-5 on each row (it marks the person present and moves down), Space toggles present, 0 clears the rating, type in the answer and commitment columns to edit them.</source>
        <translation>Clavier&#xa0;: tapez une note de 1 à 5 sur chaque ligne (la personne est marquée présente et la sélection descend), Espace bascule la présence, 0 efface la note&#xa0;; tapez dans les colonnes de réponse et d&apos;engagement pour les modifier.</translation>
    </message>
    <message>
        <source>led by {0}</source>
        <translation>animée par {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Report back&lt;/b&gt; on last time&apos;s commitments: </source>
        <translation>&lt;b&gt;Faire le point&lt;/b&gt; sur les engagements de la dernière fois&#xa0;: </translation>
    </message>
    <message>
        <source>No sessions to record yet: plan a pilot with Schedule &gt; New Pilot (Ctrl+Shift+P), then come back here after its first session.</source>
        <translation>Aucune séance à saisir pour l&apos;instant&#xa0;: planifiez un pilote avec Planning &gt; Nouveau pilote (Ctrl+Shift+P), puis revenez ici après sa première séance.</translation>
    </message>
    <message>
        <source>{0} of {1} present, {2} rated</source>
        <translation>Présents&#xa0;: {0} sur {1}&#xa0;; notes&#xa0;: {2}</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Leadership Report</source>
        <translation>Rapport pour la direction</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Text to paste</source>
        <translation>Texte à coller</translation>
    </message>
    <message>
        <source>Preview or text</source>
        <translation>Aperçu ou texte</translation>
    </message>
    <message>
        <source>&amp;Save...</source>
        <translation>&amp;Enregistrer...</translation>
    </message>
    <message>
        <source>&amp;Copy Text</source>
        <translation>&amp;Copier le texte</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>&amp;Programme</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Semaine</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>Week {0}</source>
        <translation>Semaine {0}</translation>
    </message>
    <message>
        <source>Week {0} (running: a draft)</source>
        <translation>Semaine {0} (en cours&#xa0;: brouillon)</translation>
    </message>
    <message>
        <source>No week of this program has begun yet: there is nothing to report.</source>
        <translation>Aucune semaine de ce programme n&apos;a encore commencé&#xa0;: il n&apos;y a rien à signaler.</translation>
    </message>
    <message>
        <source>Week {0} is not over yet: the report is marked DRAFT on every page.</source>
        <translation>La semaine {0} n&apos;est pas encore terminée&#xa0;: le rapport porte la mention BROUILLON sur chaque page.</translation>
    </message>
    <message>
        <source>Week {0} is complete.</source>
        <translation>La semaine {0} est terminée.</translation>
    </message>
    <message>
        <source>PDF (to print or attach)</source>
        <translation>PDF (à imprimer ou à joindre)</translation>
    </message>
    <message>
        <source>HTML (a web page)</source>
        <translation>HTML (une page web)</translation>
    </message>
    <message>
        <source>Markdown (Confluence, Notion, Teams)</source>
        <translation>Markdown (Confluence, Notion, Teams)</translation>
    </message>
    <message>
        <source>Slack (no tables)</source>
        <translation>Slack (sans tableaux)</translation>
    </message>
</context>
<context>
    <name>RiskPanel</name>
    <message>
        <source>Knowledge at risk: a skill only one active person holds at level 3 (advanced) or more - if they leave, it leaves with them - and a skill several people want that nobody teaches.</source>
        <translation>Connaissances à risque&#xa0;: une compétence qu&apos;une seule personne active maîtrise au niveau 3 (avancé) ou plus – si elle part, la compétence part avec elle –, et une compétence que plusieurs personnes veulent apprendre mais que personne n&apos;enseigne.</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <source>Knowledge at risk</source>
        <translation>Connaissances à risque</translation>
    </message>
    <message>
        <source>The truck factor (Avelino et al.): how many of the people holding the most skills could leave before more than half the skills held at level 3+ have nobody left. The arrows show how many skills stay covered as each one leaves.</source>
        <translation>Le facteur camion (Avelino et al.)&#xa0;: combien de personnes parmi celles qui détiennent le plus de compétences pourraient partir avant que plus de la moitié des compétences maîtrisées au niveau 3+ ne soient plus détenues par personne. Les flèches indiquent combien de compétences restent couvertes à chaque départ.</translation>
    </message>
    <message>
        <source>What if this person leaves?</source>
        <translation>Et si cette personne partait&#xa0;?</translation>
    </message>
    <message>
        <source>When skills held by one person get a second holder</source>
        <translation>Quand les compétences détenues par une seule personne auront une seconde personne compétente</translation>
    </message>
    <message>
        <source>For each skill only one active person holds at level 3 or more: who shadows them on it (their first planned or held shadow shift on the skill) and when a second holder is expected, that day plus the time-to-competency your newest pilot measured.</source>
        <translation>Pour chaque compétence qu&apos;une seule personne active détient au niveau 3 ou plus&#xa0;: qui l&apos;observe dans ce domaine (son premier binôme d&apos;observation prévu ou tenu sur cette compétence) et quand une seconde personne compétente est attendue, c&apos;est-à-dire ce jour-là plus le délai d&apos;acquisition de la compétence mesuré par votre pilote le plus récent.</translation>
    </message>
    <message>
        <source>&amp;What if this person leaves?</source>
        <translation>&amp;Et si cette personne partait&#xa0;?</translation>
    </message>
    <message>
        <source>(choose someone)</source>
        <translation>(choisissez une personne)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Knowledge at risk&lt;/b&gt; ({0}, among %n active person(s) shown)</source>
        <translation>
            <numerusform>&lt;b&gt;Connaissances à risque&lt;/b&gt; ({0}, parmi %n personne active affichée)</numerusform>
            <numerusform>&lt;b&gt;Connaissances à risque&lt;/b&gt; ({0}, parmi %n personnes actives affichées)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing at risk: every skill held at level {0} or more has at least two holders, and every skill several people want has a teacher.</source>
        <translation>Aucun risque&#xa0;: chaque compétence maîtrisée au niveau {0} ou plus l&apos;est par au moins deux personnes, et chaque compétence voulue par plusieurs personnes a quelqu&apos;un pour l&apos;enseigner.</translation>
    </message>
    <message>
        <source>No active people shown: clear the search or filters to see the risks.</source>
        <translation>Aucune personne active affichée&#xa0;: effacez la recherche ou les filtres pour voir les risques.</translation>
    </message>
    <message>
        <source>only {0} holds it at level {1}+</source>
        <translation>seule personne au niveau {1}+&#xa0;: {0}</translation>
    </message>
    <message>
        <source>nobody teaches it</source>
        <translation>personne ne l&apos;enseigne</translation>
    </message>
    <message>
        <source>; wanted by {0}</source>
        <translation>&#xa0;; voulue par {0}</translation>
    </message>
    <message>
        <source> and {0} more</source>
        <translation> et {0} de plus</translation>
    </message>
    <message>
        <source>Opens New Pilot with this prepared; nothing is saved until you create it</source>
        <translation>Ouvre Nouveau pilote avec ces éléments préparés&#xa0;; rien n&apos;est enregistré tant que vous ne l&apos;avez pas créé</translation>
    </message>
</context>
<context>
    <name>RosterController</name>
    <message>
        <source>Delete {0} from the roster?</source>
        <translation>Supprimer {0} de la liste de l&apos;équipe&#xa0;?</translation>
    </message>
    <message>
        <source>Delete these {0} people from the roster?
{1}</source>
        <translation>Supprimer ces {0} personnes de la liste de l&apos;équipe&#xa0;?
{1}</translation>
    </message>
    <message>
        <source>Edit &gt; Undo brings them back. Deactivate keeps them but leaves them out of matching.</source>
        <translation>Édition &gt; Annuler permet de les récupérer. Désactiver les conserve mais les exclut de l&apos;appariement.</translation>
    </message>
    <message>
        <source>Delete people</source>
        <translation>Supprimer des personnes</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Import Roster CSV</source>
        <translation>Importer la liste de l&apos;équipe (CSV)</translation>
    </message>
    <message>
        <source>The import of {0}</source>
        <translation>L&apos;importation de {0}</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported</source>
        <translation>Importation annulée&#xa0;; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>Imported {0}: {1}</source>
        <translation>{0} importé&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Export Roster CSV</source>
        <translation>Exporter la liste de l&apos;équipe (CSV)</translation>
    </message>
    <message>
        <source>{0} was not written: {1}</source>
        <translation>{0} n&apos;a pas été écrit&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Wrote {0} to {1}</source>
        <translation>Écrit dans {1}&#xa0;: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RosterTab</name>
    <message>
        <source>Search name, email, role, team or skill</source>
        <translation>Rechercher un nom, un e-mail, un rôle, une équipe ou une compétence</translation>
    </message>
    <message>
        <source>Search the roster</source>
        <translation>Rechercher dans la liste de l&apos;équipe</translation>
    </message>
    <message>
        <source>Filter by team</source>
        <translation>Filtrer par équipe</translation>
    </message>
    <message>
        <source>Filter by role</source>
        <translation>Filtrer par rôle</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Skill gaps compare what active people teach with what they want to learn: skills wanted that nobody teaches, who could teach each wanted skill (best first), and skills taught that nobody wants.</source>
        <translation>Les lacunes de compétences comparent ce que les personnes actives enseignent avec ce qu&apos;elles veulent apprendre&#xa0;: les compétences voulues que personne n&apos;enseigne, qui pourrait enseigner chaque compétence voulue (les meilleurs en premier), et les compétences enseignées que personne ne demande.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Skill gaps&lt;/b&gt; (active people)</source>
        <translation>&lt;b&gt;Lacunes de compétences&lt;/b&gt; (personnes actives)</translation>
    </message>
    <message>
        <source>Roster view</source>
        <translation>Vue de l&apos;équipe</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>Per&amp;sonnes</translation>
    </message>
    <message>
        <source>Skills &amp;matrix</source>
        <translation>&amp;Matrice des compétences</translation>
    </message>
    <message>
        <source>The people table: contact, role, team and skills</source>
        <translation>Le tableau des personnes&#xa0;: coordonnées, rôle, équipe et compétences</translation>
    </message>
    <message>
        <source>People as rows, skills as columns, coloured by level; knowledge at risk above</source>
        <translation>Les personnes en lignes, les compétences en colonnes, colorées selon le niveau&#xa0;; les connaissances à risque au-dessus</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Équipe&#xa0;:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No one on the roster yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Bring in your team with &lt;b&gt;File &amp;gt; Import Roster CSV&lt;/b&gt; (Ctrl+I; File &amp;gt; Open Templates Folder has a template), or add people one by one with &lt;b&gt;Roster &amp;gt; Add Person&lt;/b&gt; (Ctrl+Shift+A). To look around first, open the demo with &lt;b&gt;Help &amp;gt; Open Demo&lt;/b&gt;: a made-up team in a copy of its own.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;La liste de l&apos;équipe est encore vide.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Importez votre équipe avec &lt;b&gt;Fichier &amp;gt; Importer la liste de l&apos;équipe (CSV)&lt;/b&gt; (Ctrl+I&#xa0;; Fichier &amp;gt; Ouvrir le dossier des modèles en contient un modèle), ou ajoutez les personnes une par une avec &lt;b&gt;Équipe &amp;gt; Ajouter une personne&lt;/b&gt; (Ctrl+Shift+A). Pour découvrir d&apos;abord l&apos;application, ouvrez la démo avec &lt;b&gt;Aide &amp;gt; Ouvrir la démo&lt;/b&gt;&#xa0;: une équipe fictive, dans une copie à part.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Toutes les équipes</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Tous les rôles</translation>
    </message>
    <message>
        <source>Loading...</source>
        <translation>Chargement...</translation>
    </message>
    <message>
        <source>the search “{0}”</source>
        <translation>la recherche «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>team {0}</source>
        <translation>l&apos;équipe {0}</translation>
    </message>
    <message>
        <source>role {0}</source>
        <translation>le rôle {0}</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No one matches {0}.&lt;/b&gt; Clear the search box or choose All teams and All roles to see everyone; search looks at names, emails, roles, teams and skills, and every word must match.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Personne ne correspond à {0}.&lt;/b&gt; Videz le champ de recherche ou choisissez Toutes les équipes et Tous les rôles pour voir tout le monde&#xa0;; la recherche porte sur les noms, e-mails, rôles, équipes et compétences, et chaque mot doit correspondre.&lt;/p&gt;</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} sur {1}</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleController</name>
    <message>
        <source>Edit Program</source>
        <translation>Modifier le programme</translation>
    </message>
    <message>
        <source>There is no program yet.</source>
        <translation>Il n&apos;y a encore aucun programme.</translation>
    </message>
    <message>
        <source>Match Peers</source>
        <translation>Apparier les pairs</translation>
    </message>
    <message>
        <source>Matching works on a program&apos;s members: create a pilot first.</source>
        <translation>L&apos;appariement porte sur les membres d&apos;un programme&#xa0;: créez d&apos;abord un pilote.</translation>
    </message>
    <message>
        <source>Added {0} to {1}</source>
        <translation>Ajouté à {1}&#xa0;: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n séance</numerusform>
            <numerusform>%n séances</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a session first (click a block or a row).</source>
        <translation>Sélectionnez d&apos;abord une séance (cliquez sur un bloc ou une ligne).</translation>
    </message>
    <message>
        <source>Add Session</source>
        <translation>Ajouter une séance</translation>
    </message>
    <message>
        <source>Create a pilot first (Schedule &gt; New Pilot).</source>
        <translation>Créez d&apos;abord un pilote (Planning &gt; Nouveau pilote).</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nouvelle séance</translation>
    </message>
    <message>
        <source>Move Session</source>
        <translation>Déplacer la séance</translation>
    </message>
    <message>
        <source>No planned weekly sessions from here on.</source>
        <translation>Aucune séance hebdomadaire planifiée à partir de celle-ci.</translation>
    </message>
    <message>
        <source>Cancel the rest of the series</source>
        <translation>Annuler le reste de la série</translation>
    </message>
    <message numerus="yes">
        <source>%n planned session(s)</source>
        <translation>
            <numerusform>%n séance planifiée</numerusform>
            <numerusform>%n séances planifiées</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel sessions</source>
        <translation>Annuler des séances</translation>
    </message>
    <message>
        <source>Cancel {0} from {1} on? Export invites afterwards so attendees&apos; calendars remove them.</source>
        <translation>Annuler {0} à compter du {1}&#xa0;? Exportez ensuite les invitations pour que les calendriers des participants les retirent.</translation>
    </message>
    <message>
        <source>Added free time to {0}: {1}</source>
        <translation>Disponibilités ajoutées pour {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Delete {0} ({1})? This removes {2}.</source>
        <translation>Supprimer {0} ({1})&#xa0;? Cela supprime {2}.</translation>
    </message>
    <message>
        <source>Delete Session</source>
        <translation>Supprimer la séance</translation>
    </message>
    <message>
        <source>There is no program to delete.</source>
        <translation>Il n&apos;y a aucun programme à supprimer.</translation>
    </message>
    <message>
        <source>Choose the program in the Schedule tab&apos;s Program filter (or select one of its sessions) first.</source>
        <translation>Choisissez d&apos;abord le programme dans le filtre Programme de l&apos;onglet Planning (ou sélectionnez l&apos;une de ses séances).</translation>
    </message>
    <message>
        <source>Delete Program</source>
        <translation>Supprimer le programme</translation>
    </message>
    <message>
        <source>Delete the program “{0}”? This removes {1}.</source>
        <translation>Supprimer le programme «&#xa0;{0}&#xa0;»&#xa0;? Cela supprime {1}.</translation>
    </message>
    <message>
        <source>Write cancellations for the {0} still to come</source>
        <translation>Écrire les annulations pour les séances encore à venir ({0})</translation>
    </message>
    <message>
        <source>Edit &gt; Undo brings everything back.</source>
        <translation>Édition &gt; Annuler permet de tout récupérer.</translation>
    </message>
    <message>
        <source>Invites were sent for {0}: cancellations written into {1} make attendees&apos; calendars drop them.</source>
        <translation>Des invitations ont été envoyées pour {0}&#xa0;: les annulations écrites dans {1} les retirent des calendriers des participants.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Could not write the cancellations, so nothing was deleted: {0}</source>
        <translation>Impossible d&apos;écrire les annulations, rien n&apos;a donc été supprimé&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>program {0}</source>
        <translation>programme {0}</translation>
    </message>
    <message>
        <source>Deleted {0}: {1}</source>
        <translation>Suppression effectuée ({0})&#xa0;: {1}</translation>
    </message>
    <message>
        <source>; wrote {0} to {1}</source>
        <translation>&#xa0;; {0} écrit dans {1}</translation>
    </message>
    <message numerus="yes">
        <source>%n cancellation file(s)</source>
        <translation>
            <numerusform>%n fichier d&apos;annulation</numerusform>
            <numerusform>%n fichiers d&apos;annulation</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Replies</source>
        <translation>Importer les réponses</translation>
    </message>
    <message>
        <source>{0}. Left out:</source>
        <translation>{0}. Non pris en compte&#xa0;:</translation>
    </message>
    <message>
        <source>Export Invites</source>
        <translation>Exporter les invitations</translation>
    </message>
    <message>
        <source>There is no program to export yet.</source>
        <translation>Il n&apos;y a encore aucun programme à exporter.</translation>
    </message>
</context>
<context>
    <name>ScheduleTab</name>
    <message>
        <source>Filter by program</source>
        <translation>Filtrer par programme</translation>
    </message>
    <message>
        <source>Filter by person</source>
        <translation>Filtrer par personne</translation>
    </message>
    <message>
        <source>Filter by format</source>
        <translation>Filtrer par format</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrer par statut</translation>
    </message>
    <message>
        <source>Program:</source>
        <translation>Programme&#xa0;:</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Personne&#xa0;:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Précédente</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Suivante ▶</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Week or list of sessions</source>
        <translation>Semaine ou liste des séances</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Semaine</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <source>&lt;b&gt;No sessions yet.&lt;/b&gt; Plan a pilot with &lt;b&gt;New Pilot&lt;/b&gt; (Ctrl+Shift+P): weekly sessions of one format for 6-8 weeks. &lt;b&gt;Match Peers&lt;/b&gt; (Ctrl+M) then pairs its members; &lt;b&gt;Add One-off Session&lt;/b&gt; (Ctrl+Shift+O) adds a single meeting.</source>
        <translation>&lt;b&gt;Aucune séance pour l&apos;instant.&lt;/b&gt; Planifiez un pilote avec &lt;b&gt;Nouveau pilote&lt;/b&gt; (Ctrl+Shift+P)&#xa0;: des séances hebdomadaires d&apos;un même format pendant 6 à 8 semaines. &lt;b&gt;Apparier les pairs&lt;/b&gt; (Ctrl+M) forme ensuite des binômes parmi ses membres&#xa0;; &lt;b&gt;Ajouter une séance ponctuelle&lt;/b&gt; (Ctrl+Shift+O) ajoute une réunion unique.</translation>
    </message>
    <message>
        <source>All programs</source>
        <translation>Tous les programmes</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>All formats</source>
        <translation>Tous les formats</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>times in {0}</source>
        <translation>heures du fuseau {0}</translation>
    </message>
    <message>
        <source>⚠ {0} with warnings; hover a block or see the Warnings column.</source>
        <translation>⚠ Avec avertissements&#xa0;: {0}&#xa0;; survolez un bloc ou consultez la colonne Avertissements.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n séance</numerusform>
            <numerusform>%n séances</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}&#xa0;: {1}</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>New Session</source>
        <translation>Nouvelle séance</translation>
    </message>
    <message>
        <source>{0} ({1} min)</source>
        <translation>{0} ({1} min)</translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation>Durée en minutes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Pro&amp;gram</source>
        <translation>Pro&amp;gramme</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>Top&amp;ic</source>
        <translation>&amp;Sujet</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Quand</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>&amp;Video link</source>
        <translation>Lien &amp;vidéo</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>St&amp;atut</translation>
    </message>
    <message>
        <source>&amp;Recording</source>
        <translation>&amp;Enregistrement</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Imprimer...</translation>
    </message>
    <message>
        <source>Agenda, sign-in sheet, feedback form or follow-up for this session</source>
        <translation>Ordre du jour, feuille d&apos;émargement, formulaire de retour ou suivi de cette séance</translation>
    </message>
    <message>
        <source>&lt;b&gt;People&lt;/b&gt; (ticked people are invited; the program&apos;s members first)</source>
        <translation>&lt;b&gt;Personnes&lt;/b&gt; (les personnes cochées sont invitées&#xa0;; les membres du programme en premier)</translation>
    </message>
    <message>
        <source>Le&amp;d by</source>
        <translation>Animée &amp;par</translation>
    </message>
    <message>
        <source>&lt;b&gt;People&lt;/b&gt; (facilitators lead; observers shadow)</source>
        <translation>&lt;b&gt;Personnes&lt;/b&gt; (les animateurs animent&#xa0;; les observateurs observent)</translation>
    </message>
    <message>
        <source>&lt;b&gt;S&amp;uggested times&lt;/b&gt; (best first; click one to use it)</source>
        <translation>&lt;b&gt;&amp;Créneaux suggérés&lt;/b&gt; (les meilleurs en premier&#xa0;; cliquez sur l&apos;un d&apos;eux pour l&apos;utiliser)</translation>
    </message>
    <message>
        <source>Suggested times, best first</source>
        <translation>Créneaux suggérés, les meilleurs en premier</translation>
    </message>
    <message>
        <source>People in this session</source>
        <translation>Personnes de cette séance</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(personne pour l&apos;instant)</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(choisir)</translation>
    </message>
    <message>
        <source>A session needs a title.</source>
        <translation>Une séance doit avoir un titre.</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Led by</source>
        <translation>Animée par</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
</context>
<context>
    <name>ShortcutsWindow</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
</context>
<context>
    <name>SkillGapPanel</name>
    <message>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Skill gaps</source>
        <translation>Lacunes de compétences</translation>
    </message>
    <message>
        <source>Wanted, nobody teaches ({0})</source>
        <translation>Voulues, personne ne les enseigne ({0})</translation>
    </message>
    <message>
        <source>wanted by {0}</source>
        <translation>voulue par {0}</translation>
    </message>
    <message>
        <source>Who could teach what is wanted ({0})</source>
        <translation>Qui pourrait enseigner ce qui est voulu ({0})</translation>
    </message>
    <message>
        <source>Taught, nobody wants ({0})</source>
        <translation>Enseignées, personne ne les demande ({0})</translation>
    </message>
</context>
<context>
    <name>SkillListEditor</name>
    <message>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Skill name</source>
        <translation>Nom de la compétence</translation>
    </message>
    <message>
        <source>any</source>
        <translation>indifférent</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
</context>
<context>
    <name>SkillsDialog</name>
    <message>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>Enseignants</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Apprenants</translation>
    </message>
    <message>
        <source>Double-click a name to rename it. Renaming a skill to the name of another merges the two. Edit &gt; Undo reverses either.</source>
        <translation>Double-cliquez sur un nom pour le renommer. Donner à une compétence le nom d&apos;une autre fusionne les deux. Édition &gt; Annuler annule l&apos;une ou l&apos;autre opération.</translation>
    </message>
</context>
<context>
    <name>SkillsMatrixView</name>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>team</source>
        <translation>équipe</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <source>&amp;Group people by:</source>
        <translation>&amp;Grouper les personnes par&#xa0;:</translation>
    </message>
    <message>
        <source>Order s&amp;kills by:</source>
        <translation>T&amp;rier les compétences par&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;xport Matrix...</source>
        <translation>E&amp;xporter la matrice...</translation>
    </message>
    <message>
        <source>Save the matrix as .xlsx (Excel), .csv or .pdf</source>
        <translation>Enregistrer la matrice au format .xlsx (Excel), .csv ou .pdf</translation>
    </message>
    <message>
        <source>Pri&amp;nt Matrix...</source>
        <translation>&amp;Imprimer la matrice...</translation>
    </message>
    <message>
        <source>Landscape pages with the names and skills repeated, and a legend</source>
        <translation>Pages au format paysage, avec les noms et les compétences répétés, et une légende</translation>
    </message>
    <message>
        <source>Skills matrix</source>
        <translation>Matrice des compétences</translation>
    </message>
    <message>
        <source>Each cell is a person&apos;s level in a skill: 0 aware, 1 beginner, 2 practitioner, 3 advanced, 4 expert (darker is higher). An amber ◆ marks a skill the person wants to learn, with the level they aim for. Hover a cell for its words.</source>
        <translation>Chaque cellule indique le niveau d&apos;une personne dans une compétence&#xa0;: 0 sensibilisé, 1 débutant, 2 praticien, 3 avancé, 4 expert (plus la couleur est foncée, plus le niveau est élevé). Un ◆ orange signale une compétence que la personne veut apprendre, avec le niveau visé. Survolez une cellule pour lire son libellé.</translation>
    </message>
    <message>
        <source>Click a skill to order people by their level in it; click again for names</source>
        <translation>Cliquez sur une compétence pour trier les personnes selon leur niveau&#xa0;; cliquez à nouveau pour les trier par nom</translation>
    </message>
    <message>
        <source>wants to learn, target N</source>
        <translation>veut apprendre, cible N</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No one to show.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Clear the search or choose All teams and All roles.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Personne à afficher.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Effacez la recherche ou choisissez Toutes les équipes et Tous les rôles.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No skills yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Open a person (F2) and add what they teach and want to learn, or import a roster CSV with &lt;i&gt;teaches&lt;/i&gt; and &lt;i&gt;wants&lt;/i&gt; columns (File &amp;gt; Import Roster CSV).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Aucune compétence pour l&apos;instant.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Ouvrez une personne (F2) et ajoutez ce qu&apos;elle enseigne et veut apprendre, ou importez un fichier CSV de l&apos;équipe avec des colonnes &lt;i&gt;teaches&lt;/i&gt; et &lt;i&gt;wants&lt;/i&gt; (Fichier &amp;gt; Importer la liste de l&apos;équipe (CSV)).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>SkipDialog</name>
    <message>
        <source>Skips This Round</source>
        <translation>Passent ce tour</translation>
    </message>
    <message>
        <source>Members who skip this round</source>
        <translation>Membres qui passent ce tour</translation>
    </message>
    <message>
        <source>Tick who sits this round out. The run leaves them out.</source>
        <translation>Cochez qui passe ce tour. L&apos;appariement les laisse de côté.</translation>
    </message>
</context>
<context>
    <name>TimezoneField</name>
    <message>
        <source>City, country or abbreviation, e.g. Berlin, Japan, PST</source>
        <translation>Ville, pays ou abréviation, p. ex. Berlin, Japan, PST</translation>
    </message>
    <message>
        <source>The timezone, as region and city, e.g. Europe/Berlin. Type a city, a country or an abbreviation (CET, PST) and pick from the list.</source>
        <translation>Le fuseau horaire, sous la forme région/ville, p. ex. Europe/Paris. Saisissez une ville, un pays ou une abréviation (CET, PST) et choisissez dans la liste.</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>Sessions of the week. Arrow keys move between sessions, Enter opens one.</source>
        <translation>Séances de la semaine. Les touches fléchées permettent de passer d&apos;une séance à l&apos;autre, Entrée en ouvre une.</translation>
    </message>
    <message>
        <source>The week&apos;s sessions by day and time, in your timezone. A red edge and a warning mark show a conflict. Drag a block to move it, or Tab here, move between sessions with the arrow keys (Home and End: first and last) and press Enter to open one.</source>
        <translation>Les séances de la semaine par jour et par heure, dans votre fuseau horaire. Un bord rouge et un signe d&apos;avertissement indiquent un conflit. Faites glisser un bloc pour le déplacer, ou venez ici avec Tab, passez d&apos;une séance à l&apos;autre avec les touches fléchées (Début et Fin&#xa0;: première et dernière) et appuyez sur Entrée pour en ouvrir une.</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n de plus</numerusform>
            <numerusform>+%n de plus</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} in {1}</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>led by {0}</source>
        <translation>animée par {0}</translation>
    </message>
    <message>
        <source>no one leads yet</source>
        <translation>pas encore d&apos;animateur</translation>
    </message>
    <message>
        <source>at {0}</source>
        <translation>lieu&#xa0;: {0}</translation>
    </message>
    <message>
        <source>conflict: {0}</source>
        <translation>conflit&#xa0;: {0}</translation>
    </message>
    <message numerus="yes">
        <source>Week of {0}: %n session(s)</source>
        <translation>
            <numerusform>Semaine du {0}&#xa0;: %n séance</numerusform>
            <numerusform>Semaine du {0}&#xa0;: %n séances</numerusform>
        </translation>
    </message>
    <message>
        <source>Led by {0}</source>
        <translation>Animée par {0}</translation>
    </message>
    <message>
        <source>Status: {0}</source>
        <translation>État&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to PeerDesk</source>
        <translation>Bienvenue dans PeerDesk</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;PeerDesk plans peer-to-peer learning for your team&lt;/b&gt;: who can teach what, matched pairs, a 6-8 week pilot of short weekly sessions, invites, printouts and a report for leadership. Everything stays in one file on this computer.&lt;/p&gt;&lt;p&gt;First, who are you? Invites go out in your name, and your timezone and country decide what “today” and public holidays are. You can change this later in &lt;b&gt;Edit &amp;gt; Preferences&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;PeerDesk planifie l&apos;apprentissage entre pairs de votre équipe&lt;/b&gt;&#xa0;: qui peut enseigner quoi, des binômes appariés, un pilote de 6 à 8 semaines de courtes séances hebdomadaires, les invitations, les documents imprimés et un rapport pour la direction. Tout reste dans un seul fichier sur cet ordinateur.&lt;/p&gt;&lt;p&gt;Tout d&apos;abord, qui êtes-vous&#xa0;? Les invitations partent à votre nom, et votre fuseau horaire et votre pays déterminent ce que sont «&#xa0;aujourd&apos;hui&#xa0;» et les jours fériés. Vous pourrez modifier ces informations plus tard dans &lt;b&gt;Édition &amp;gt; Préférences&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>the organizer of your pilots&apos; invites</source>
        <translation>l&apos;organisateur des invitations de vos pilotes</translation>
    </message>
    <message>
        <source>country[-region], e.g. DE-BY, US-CA, GB</source>
        <translation>pays[-région], p. ex. DE-BY, US-CA, FR</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Votre &amp;nom</translation>
    </message>
    <message>
        <source>Your &amp;email</source>
        <translation>Votre &amp;e-mail</translation>
    </message>
    <message>
        <source>Your &amp;timezone</source>
        <translation>Votre &amp;fuseau horaire</translation>
    </message>
    <message>
        <source>Public &amp;holidays</source>
        <translation>&amp;Jours fériés</translation>
    </message>
    <message>
        <source>Open the &amp;Demo</source>
        <translation>Ouvrir la &amp;démo</translation>
    </message>
    <message>
        <source>A made-up team three weeks into a pilot, in a copy of its own</source>
        <translation>Une équipe fictive en troisième semaine de pilote, dans une copie à part</translation>
    </message>
    <message>
        <source>&amp;Import My Roster...</source>
        <translation>&amp;Importer ma liste d&apos;équipe...</translation>
    </message>
    <message>
        <source>A CSV file with a name and an email per row (File &gt; Open Templates Folder has a template)</source>
        <translation>Un fichier CSV avec un nom et un e-mail par ligne (Fichier &gt; Ouvrir le dossier des modèles en contient un modèle)</translation>
    </message>
    <message>
        <source>&amp;Start Empty</source>
        <translation>&amp;Commencer avec un espace vide</translation>
    </message>
    <message>
        <source>Add people one by one with Roster &gt; Add Person</source>
        <translation>Ajoutez les personnes une par une avec Équipe &gt; Ajouter une personne</translation>
    </message>
</context>
<context>
    <name>WindowContext</name>
    <message>
        <source>{0} was not saved: {1}. It is not on the undo list; everything before it is safe.</source>
        <translation>Non enregistré&#xa0;: {0} ({1}). Cette modification ne figure pas dans l&apos;historique d&apos;annulation&#xa0;; tout ce qui la précède est en sécurité.</translation>
    </message>
</context>
<context>
    <name>_Counted</name>
    <message numerus="yes">
        <source>{0} and %n more</source>
        <translation>
            <numerusform>{0} et %n de plus</numerusform>
            <numerusform>{0} et %n de plus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_TypedDates</name>
    <message>
        <source>“{text}” is not a date PeerDesk can read: type it as {example} (the day name may be left out).</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas une date lisible par PeerDesk&#xa0;: saisissez-la sous la forme {example} (le nom du jour peut être omis).</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>&amp;New Workspace...</source>
        <translation>&amp;Nouvel espace de travail...</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Create an empty workspace file</source>
        <translation>Créer un fichier d&apos;espace de travail vide</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;Ouvrir...</translation>
    </message>
    <message>
        <source>Open another workspace file</source>
        <translation>Ouvrir un autre fichier d&apos;espace de travail</translation>
    </message>
    <message>
        <source>Save a &amp;Copy...</source>
        <translation>Enregistrer une &amp;copie...</translation>
    </message>
    <message>
        <source>Write a consistent backup copy of this workspace</source>
        <translation>Écrire une copie de sauvegarde cohérente de cet espace de travail</translation>
    </message>
    <message>
        <source>&amp;Import Roster CSV...</source>
        <translation>Importer la &amp;liste de l&apos;équipe (CSV)...</translation>
    </message>
    <message>
        <source>Add or update people from a CSV file</source>
        <translation>Ajouter ou mettre à jour des personnes à partir d&apos;un fichier CSV</translation>
    </message>
    <message>
        <source>&amp;Export Roster CSV...</source>
        <translation>&amp;Exporter la liste de l&apos;équipe (CSV)...</translation>
    </message>
    <message>
        <source>Write the roster as a CSV file</source>
        <translation>Écrire la liste de l&apos;équipe dans un fichier CSV</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Imprimer...</translation>
    </message>
    <message>
        <source>Agendas, facilitator guides, sign-in sheets, feedback forms, handouts</source>
        <translation>Ordres du jour, guides de l&apos;animateur, feuilles d&apos;émargement, formulaires de retour, supports</translation>
    </message>
    <message>
        <source>Open &amp;Templates Folder</source>
        <translation>Ouvrir le dossier des &amp;modèles</translation>
    </message>
    <message>
        <source>Your own templates: a file here replaces the built-in one of the same name</source>
        <translation>Vos propres modèles&#xa0;: un fichier placé ici remplace le modèle intégré du même nom</translation>
    </message>
    <message>
        <source>Reset Templates to &amp;Built-in</source>
        <translation>Revenir aux modèles inté&amp;grés</translation>
    </message>
    <message>
        <source>Move your own templates aside (kept in a backup folder)</source>
        <translation>Mettre vos propres modèles de côté (ils sont conservés dans un dossier de sauvegarde)</translation>
    </message>
    <message>
        <source>Import &amp;Feedback CSV...</source>
        <translation>Importer les re&amp;tours (CSV)...</translation>
    </message>
    <message>
        <source>Attendance and ratings from a CSV: date,email,attended,rating,answer</source>
        <translation>Présences et notes depuis un fichier CSV&#xa0;: date,email,attended,rating,answer</translation>
    </message>
    <message>
        <source>Import Replie&amp;s...</source>
        <translation>Importer les ré&amp;ponses...</translation>
    </message>
    <message>
        <source>Invitees&apos; answers (accepted, declined, tentative) from saved mails, .ics files or a mailbox; you can also drop them on the window</source>
        <translation>Les réponses des personnes invitées (acceptée, refusée, provisoire) depuis des e-mails enregistrés, des fichiers .ics ou une boîte aux lettres&#xa0;; vous pouvez aussi les déposer sur la fenêtre</translation>
    </message>
    <message>
        <source>Import Chec&amp;k-ins CSV...</source>
        <translation>Importer les points d&apos;ét&amp;ape (CSV)...</translation>
    </message>
    <message>
        <source>Competency check-ins from a spreadsheet: date,email,skill,level,assessor</source>
        <translation>Points d&apos;étape des niveaux de compétence depuis un tableur&#xa0;: date,email,skill,level,assessor</translation>
    </message>
    <message>
        <source>&amp;Leadership Report...</source>
        <translation>Rapport pour la &amp;direction...</translation>
    </message>
    <message>
        <source>The weekly report for leadership: choose program and week, preview, save or copy</source>
        <translation>Le rapport hebdomadaire pour la direction&#xa0;: choisir le programme et la semaine, prévisualiser, enregistrer ou copier</translation>
    </message>
    <message>
        <source>En&amp;d-of-Pilot Report...</source>
        <translation>Rapport de &amp;fin de pilote...</translation>
    </message>
    <message>
        <source>One page after the last session: outcomes, what worked, and your recommendation</source>
        <translation>Une page après la dernière séance&#xa0;: les résultats, ce qui a fonctionné et votre recommandation</translation>
    </message>
    <message>
        <source>Co&amp;mpare Pilots...</source>
        <translation>Comparer les pilote&amp;s...</translation>
    </message>
    <message>
        <source>Two programs, or a pilot and the time before it, side by side</source>
        <translation>Deux programmes, ou un pilote et la période qui l&apos;a précédé, côte à côte</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Close PeerDesk</source>
        <translation>Fermer PeerDesk</translation>
    </message>
    <message>
        <source>&amp;Add Person...</source>
        <translation>&amp;Ajouter une personne...</translation>
    </message>
    <message>
        <source>&amp;Roster</source>
        <translation>É&amp;quipe</translation>
    </message>
    <message>
        <source>Add someone to the roster</source>
        <translation>Ajouter une personne à la liste de l&apos;équipe</translation>
    </message>
    <message>
        <source>&amp;Edit Person...</source>
        <translation>&amp;Modifier la personne...</translation>
    </message>
    <message>
        <source>Edit the selected person</source>
        <translation>Modifier la personne sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>Mark the selected people inactive (kept, but left out of matching)</source>
        <translation>Marquer les personnes sélectionnées comme inactives (conservées, mais exclues de l&apos;appariement)</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>&amp;Réactiver</translation>
    </message>
    <message>
        <source>Mark the selected people active again</source>
        <translation>Marquer à nouveau les personnes sélectionnées comme actives</translation>
    </message>
    <message>
        <source>De&amp;lete...</source>
        <translation>&amp;Supprimer...</translation>
    </message>
    <message>
        <source>Remove the selected people from the roster</source>
        <translation>Retirer les personnes sélectionnées de la liste de l&apos;équipe</translation>
    </message>
    <message>
        <source>&amp;Skills...</source>
        <translation>&amp;Compétences...</translation>
    </message>
    <message>
        <source>Rename, merge and categorise skills</source>
        <translation>Renommer, fusionner et classer les compétences par catégorie</translation>
    </message>
    <message>
        <source>&amp;New Pilot...</source>
        <translation>&amp;Nouveau pilote...</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Planning</translation>
    </message>
    <message>
        <source>Plan a program of weekly sessions</source>
        <translation>Planifier un programme de séances hebdomadaires</translation>
    </message>
    <message>
        <source>Edit &amp;Program...</source>
        <translation>Modifier le &amp;programme...</translation>
    </message>
    <message>
        <source>Change a program&apos;s cadence, members or targets; future sessions follow</source>
        <translation>Modifier la cadence, les membres ou les cibles d&apos;un programme&#xa0;; les séances à venir suivent</translation>
    </message>
    <message>
        <source>&amp;Formats...</source>
        <translation>&amp;Formats...</translation>
    </message>
    <message>
        <source>Session formats: lengths, descriptions, agendas</source>
        <translation>Formats de séance&#xa0;: durées, descriptions, ordres du jour</translation>
    </message>
    <message>
        <source>&amp;Add One-off Session...</source>
        <translation>&amp;Ajouter une séance ponctuelle...</translation>
    </message>
    <message>
        <source>Add a session outside the weekly series</source>
        <translation>Ajouter une séance en dehors de la série hebdomadaire</translation>
    </message>
    <message>
        <source>&amp;Edit Session...</source>
        <translation>&amp;Modifier la séance...</translation>
    </message>
    <message>
        <source>Edit the selected session (or double-click it)</source>
        <translation>Modifier la séance sélectionnée (ou double-cliquer dessus)</translation>
    </message>
    <message>
        <source>S&amp;kip This Week</source>
        <translation>&amp;Sauter cette semaine</translation>
    </message>
    <message>
        <source>Skip the selected session (a holiday): removed from the series</source>
        <translation>Sauter la séance sélectionnée (un jour férié)&#xa0;: elle est retirée de la série</translation>
    </message>
    <message>
        <source>&amp;Cancel Session</source>
        <translation>Annu&amp;ler la séance</translation>
    </message>
    <message>
        <source>Cancel the selected session; attendees get a cancellation</source>
        <translation>Annuler la séance sélectionnée&#xa0;; les participants reçoivent une annulation</translation>
    </message>
    <message>
        <source>Cancel the &amp;Rest of the Series</source>
        <translation>Annuler le &amp;reste de la série</translation>
    </message>
    <message>
        <source>Cancel the selected session and every later planned one</source>
        <translation>Annuler la séance sélectionnée et toutes les séances planifiées qui suivent</translation>
    </message>
    <message>
        <source>Restore &amp;Session</source>
        <translation>Res&amp;taurer la séance</translation>
    </message>
    <message>
        <source>Plan a skipped or cancelled session again</source>
        <translation>Planifier à nouveau une séance sautée ou annulée</translation>
    </message>
    <message>
        <source>&amp;Delete Session...</source>
        <translation>S&amp;upprimer la séance...</translation>
    </message>
    <message>
        <source>Delete the selected session with its attendance (undoable); cancellations offered</source>
        <translation>Supprimer la séance sélectionnée avec ses présences (peut être annulé)&#xa0;; des annulations sont proposées</translation>
    </message>
    <message>
        <source>Delete Pr&amp;ogram...</source>
        <translation>Supprimer le pro&amp;gramme...</translation>
    </message>
    <message>
        <source>Delete a program with its sessions and attendance (undoable); cancellations offered</source>
        <translation>Supprimer un programme avec ses séances et ses présences (peut être annulé)&#xa0;; des annulations sont proposées</translation>
    </message>
    <message>
        <source>E&amp;xport Invites...</source>
        <translation>E&amp;xporter les invitations...</translation>
    </message>
    <message>
        <source>Write calendar invites (.ics) and email drafts</source>
        <translation>Écrire les invitations de calendrier (.ics) et les brouillons d&apos;e-mail</translation>
    </message>
    <message>
        <source>Export Session &amp;Invite...</source>
        <translation>&amp;Exporter l&apos;invitation de la séance...</translation>
    </message>
    <message>
        <source>Write the invitation (or cancellation) of the selected session only</source>
        <translation>Écrire l&apos;invitation (ou l&apos;annulation) de la seule séance sélectionnée</translation>
    </message>
    <message>
        <source>Publish to Ca&amp;lendar...</source>
        <translation>Publier dans le calen&amp;drier...</translation>
    </message>
    <message>
        <source>Publish a program to a shared calendar server (CalDAV) and keep it in step with every change</source>
        <translation>Publier un programme sur un serveur de calendrier partagé (CalDAV) et le tenir à jour à chaque modification</translation>
    </message>
    <message>
        <source>Pre&amp;vious Week</source>
        <translation>Semaine pré&amp;cédente</translation>
    </message>
    <message>
        <source>Show the week before</source>
        <translation>Afficher la semaine précédente</translation>
    </message>
    <message>
        <source>Next &amp;Week</source>
        <translation>Semaine sui&amp;vante</translation>
    </message>
    <message>
        <source>Show the week after</source>
        <translation>Afficher la semaine suivante</translation>
    </message>
    <message>
        <source>&amp;This Week</source>
        <translation>Semaine en c&amp;ours</translation>
    </message>
    <message>
        <source>Show this week</source>
        <translation>Afficher la semaine en cours</translation>
    </message>
    <message>
        <source>&amp;Match Peers...</source>
        <translation>A&amp;pparier les pairs...</translation>
    </message>
    <message>
        <source>Pair people, group pods or pick mentors, with reasons; review before applying</source>
        <translation>Former des binômes ou des groupes, ou choisir des mentors, avec les raisons&#xa0;; à vérifier avant d&apos;appliquer</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Rec&amp;hercher</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>Search the roster</source>
        <translation>Rechercher dans la liste de l&apos;équipe</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>Show the Roster tab</source>
        <translation>Afficher l&apos;onglet Équipe</translation>
    </message>
    <message>
        <source>S&amp;kills Matrix</source>
        <translation>&amp;Matrice des compétences</translation>
    </message>
    <message>
        <source>People as rows, skills as columns, with the knowledge at risk</source>
        <translation>Les personnes en lignes, les compétences en colonnes, avec les connaissances à risque</translation>
    </message>
    <message>
        <source>Show the Schedule tab</source>
        <translation>Afficher l&apos;onglet Planning</translation>
    </message>
    <message>
        <source>&amp;Feedback</source>
        <translation>&amp;Retours</translation>
    </message>
    <message>
        <source>Show the Feedback tab</source>
        <translation>Afficher l&apos;onglet Retours</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>The guide for team leads, offline</source>
        <translation>Le guide pour les responsables d&apos;équipe, hors ligne</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Every keyboard shortcut, from the menus</source>
        <translation>Tous les raccourcis clavier des menus</translation>
    </message>
    <message>
        <source>&amp;What&apos;s This?</source>
        <translation>&amp;Qu&apos;est-ce que c&apos;est&#xa0;?</translation>
    </message>
    <message>
        <source>Click on any part of the window to hear what it is for</source>
        <translation>Cliquez sur n&apos;importe quelle partie de la fenêtre pour savoir à quoi elle sert</translation>
    </message>
    <message>
        <source>Open &amp;Demo</source>
        <translation>Ouvrir la &amp;démo</translation>
    </message>
    <message>
        <source>A made-up team three weeks into a pilot, in a copy of its own: nothing of yours changes</source>
        <translation>Une équipe fictive en troisième semaine de pilote, dans une copie à part&#xa0;: rien ne change dans vos données</translation>
    </message>
    <message>
        <source>Welcome Agai&amp;n...</source>
        <translation>Revoir l&apos;&amp;accueil...</translation>
    </message>
    <message>
        <source>The first-start questions again: who you are, then the demo, an import or an empty start</source>
        <translation>Les questions du premier démarrage&#xa0;: qui vous êtes, puis la démo, une importation ou un espace vide</translation>
    </message>
    <message>
        <source>&amp;About PeerDesk</source>
        <translation>À &amp;propos de PeerDesk</translation>
    </message>
    <message>
        <source>Version and where your data lives</source>
        <translation>La version et l&apos;emplacement de vos données</translation>
    </message>
    <message>
        <source>Pr&amp;eferences...</source>
        <translation>&amp;Préférences...</translation>
    </message>
    <message>
        <source>Who I am, my timezone, paper size, working days, week view colours</source>
        <translation>Qui je suis, mon fuseau horaire, le format du papier, les jours ouvrés, les couleurs de la vue semaine</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Something went wrong: {0}. The last change was not saved; everything before it is safe.</source>
        <translation>Un problème est survenu&#xa0;: {0}. La dernière modification n&apos;a pas été enregistrée&#xa0;; tout ce qui la précède est en sécurité.</translation>
    </message>
</context>
<context>
    <name>level</name>
    <message>
        <source>aware</source>
        <translation>sensibilisé</translation>
    </message>
    <message>
        <source>beginner</source>
        <translation>débutant</translation>
    </message>
    <message>
        <source>practitioner</source>
        <translation>praticien</translation>
    </message>
    <message>
        <source>advanced</source>
        <translation>avancé</translation>
    </message>
    <message>
        <source>expert</source>
        <translation>expert</translation>
    </message>
</context>
<context>
    <name>self.view</name>
    <message>
        <source>Enter opens the session.</source>
        <translation>Entrée ouvre la séance.</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Some settings could not be read ({0}); they are back to their defaults.</source>
        <translation>Certains paramètres n&apos;ont pas pu être lus ({0})&#xa0;; ils ont repris leurs valeurs par défaut.</translation>
    </message>
    <message>
        <source>The old settings were kept in {0}.</source>
        <translation>Les anciens paramètres ont été conservés dans {0}.</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>planned</source>
        <translation>planifiée</translation>
    </message>
    <message>
        <source>held</source>
        <translation>tenue</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>sautée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>There is no program yet.</source>
        <translation>Il n&apos;y a encore aucun programme.</translation>
    </message>
    <message>
        <source>Leadership Report</source>
        <translation>Rapport pour la direction</translation>
    </message>
    <message>
        <source>Wrote the week {0} report to {1}</source>
        <translation>Rapport de la semaine {0} écrit dans {1}</translation>
    </message>
    <message>
        <source>End-of-Pilot Report</source>
        <translation>Rapport de fin de pilote</translation>
    </message>
    <message>
        <source>Compare Pilots</source>
        <translation>Comparer les pilotes</translation>
    </message>
    <message>
        <source>Import Check-ins</source>
        <translation>Importer les points d&apos;étape</translation>
    </message>
    <message>
        <source>Import Check-ins CSV</source>
        <translation>Importer les points d&apos;étape (CSV)</translation>
    </message>
    <message>
        <source>{0}: {1}; nothing was imported.</source>
        <translation>{0}&#xa0;: {1}&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problème</numerusform>
            <numerusform>%n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>Import check-ins {0}</source>
        <translation>Importer les points d&apos;étape de {0}</translation>
    </message>
    <message>
        <source>Imported {0}: {1}</source>
        <translation>{0} importé&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Publish to Calendar</source>
        <translation>Publier dans le calendrier</translation>
    </message>
    <message>
        <source>There is no program to publish yet.</source>
        <translation>Il n&apos;y a encore aucun programme à publier.</translation>
    </message>
</context>
</TS>
