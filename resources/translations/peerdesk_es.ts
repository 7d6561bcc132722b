<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name></name>
    <message>
        <source>New pilot {0}</source>
        <translation>Nuevo piloto {0}</translation>
    </message>
    <message>
        <source>Rename skill {0} to {1}</source>
        <translation>Cambiar el nombre de la habilidad {0} a {1}</translation>
    </message>
    <message>
        <source>Set category of {0}</source>
        <translation>Establecer la categoría de {0}</translation>
    </message>
    <message>
        <source>Change format {0}</source>
        <translation>Cambiar el formato {0}</translation>
    </message>
    <message>
        <source>Export Skills Matrix</source>
        <translation>Exportar matriz de habilidades</translation>
    </message>
    <message>
        <source> (.xlsx, .csv or .pdf)</source>
        <translation> (.xlsx, .csv o .pdf)</translation>
    </message>
    <message>
        <source>{0} was not written: {1}</source>
        <translation>No se ha escrito {0}: {1}</translation>
    </message>
    <message>
        <source>Wrote the skills matrix to {0}</source>
        <translation>Se ha escrito la matriz de habilidades en {0}</translation>
    </message>
    <message>
        <source>Print Skills Matrix</source>
        <translation>Imprimir matriz de habilidades</translation>
    </message>
    <message>
        <source>New Pilot: shadow {0} in {1}</source>
        <translation>Nuevo piloto: observar a {0} en {1}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Prepared from the skills matrix.&lt;/b&gt; Only {0} holds {1} at level 3 or more: {0} leads every session and {2} shadow. Check the day, time and members, then Create Pilot.</source>
        <translation>&lt;b&gt;Preparado a partir de la matriz de habilidades.&lt;/b&gt; Solo {0} tiene {1} en el nivel 3 o superior: {0} dirige todas las sesiones y observan {2}. Compruebe el día, la hora y los miembros y, después, pulse Crear piloto.</translation>
    </message>
    <message>
        <source>the members you pick</source>
        <translation>los miembros que elija</translation>
    </message>
    <message>
        <source>{0} leads every session of {1}</source>
        <translation>{0} dirige todas las sesiones de {1}</translation>
    </message>
    <message>
        <source>New Pilot: micro-lessons on {0}</source>
        <translation>Nuevo piloto: microlecciones sobre {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Prepared from the skills matrix.&lt;/b&gt; Nobody teaches {0} yet and {1} want it: in a micro-lesson series they take turns to teach what they found out. Check the day, time and members, then Create Pilot.</source>
        <translation>&lt;b&gt;Preparado a partir de la matriz de habilidades.&lt;/b&gt; Todavía nadie enseña {0} y la quieren {1}: en una serie de microlecciones, se turnan para enseñar lo que han averiguado. Compruebe el día, la hora y los miembros y, después, pulse Crear piloto.</translation>
    </message>
    <message>
        <source>level {0}</source>
        <translation>nivel {0}</translation>
    </message>
    <message>
        <source>wants to learn it, aiming for {0}</source>
        <translation>quiere aprenderla, aspira a {0}</translation>
    </message>
    <message>
        <source>wants to learn it</source>
        <translation>quiere aprenderla</translation>
    </message>
    <message>
        <source>not held</source>
        <translation>no la tiene</translation>
    </message>
    <message>
        <source>No {0}</source>
        <translation>Sin {0}</translation>
    </message>
    <message>
        <source>{0} (inactive)</source>
        <translation>{0} (persona inactiva)</translation>
    </message>
    <message>
        <source>{0} (to {1})</source>
        <translation>{0} (objetivo: {1})</translation>
    </message>
    <message>
        <source>{name} (inactive)</source>
        <translation>{name} (persona inactiva)</translation>
    </message>
    <message>
        <source>Teaches: {0}
(as typed: {1})</source>
        <translation>Enseña: {0}
(tal como se escribió: {1})</translation>
    </message>
    <message>
        <source>Wants to learn: {0}
(as typed: {1})</source>
        <translation>Quiere aprender: {0}
(tal como se escribió: {1})</translation>
    </message>
    <message>
        <source>Participation per week</source>
        <translation>Participación por semana</translation>
    </message>
    <message>
        <source>No participation to show yet: record a held session on the Record page.</source>
        <translation>Aún no hay participación que mostrar: registre una sesión celebrada en la página Registrar.</translation>
    </message>
    <message>
        <source>W{0}</source>
        <translation>S{0}</translation>
    </message>
    <message>
        <source>Present / invited</source>
        <translation>Presentes / invitados</translation>
    </message>
    <message>
        <source>% of invited</source>
        <translation>% de invitados</translation>
    </message>
    <message>
        <source>Target {0}%</source>
        <translation>Objetivo {0} %</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Valoraciones</translation>
    </message>
    <message>
        <source>No ratings yet: type them in on the Record page (1-5).</source>
        <translation>Aún no hay valoraciones: escríbalas en la página Registrar (1-5).</translation>
    </message>
    <message>
        <source>{0} ({1} given, mean {2})</source>
        <translation>{0} ({1} recibidas, media {2})</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Held per calendar month</source>
        <translation>Celebradas por mes natural</translation>
    </message>
    <message>
        <source>No session or peer meeting has been held yet.</source>
        <translation>Aún no se ha celebrado ninguna sesión ni encuentro entre compañeros.</translation>
    </message>
    <message>
        <source>Group sessions</source>
        <translation>Sesiones de grupo</translation>
    </message>
    <message>
        <source>Peer meetings</source>
        <translation>Encuentros entre compañeros</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Celebradas</translation>
    </message>
    <message>
        <source>Learners at their target level</source>
        <translation>Participantes en su nivel objetivo</translation>
    </message>
    <message>
        <source>No learner with a target level yet: add learning goals and check-ins.</source>
        <translation>Aún no hay participantes con nivel objetivo: añada objetivos de aprendizaje y revisiones.</translation>
    </message>
    <message>
        <source>Days since the start</source>
        <translation>Días desde el inicio</translation>
    </message>
    <message>
        <source>% of learners</source>
        <translation>% de participantes</translation>
    </message>
    <message>
        <source>Pilot: {0} of {1}</source>
        <translation>Piloto: {0} de {1}</translation>
    </message>
    <message>
        <source>Before: {0} days (entered)</source>
        <translation>Antes: {0} días (introducido)</translation>
    </message>
    <message>
        <source>Before: {0} of {1}</source>
        <translation>Antes: {0} de {1}</translation>
    </message>
    <message>
        <source>Median (half)</source>
        <translation>Mediana (la mitad)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Evaluation level: {0}</source>
        <translation>Nivel de evaluación: {0}</translation>
    </message>
</context>
<context>
    <name>AttendanceTableModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Will practise</source>
        <translation>Practicará</translation>
    </message>
    <message>
        <source>Reported back</source>
        <translation>Informado</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Invitación</translation>
    </message>
</context>
<context>
    <name>ChartSlot</name>
    <message>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <source>{0} (table)</source>
        <translation>{0} (tabla)</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare Pilots</source>
        <translation>Comparar pilotos</translation>
    </message>
    <message>
        <source>Before the pilot (its baseline)</source>
        <translation>Antes del piloto (su línea base)</translation>
    </message>
    <message>
        <source>The two pilots side by side</source>
        <translation>Los dos pilotos en paralelo</translation>
    </message>
    <message>
        <source>First pilot</source>
        <translation>Primer piloto</translation>
    </message>
    <message>
        <source>Second pilot</source>
        <translation>Segundo piloto</translation>
    </message>
    <message>
        <source>&amp;Save...</source>
        <translation>&amp;Guardar...</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>beside</source>
        <translation>frente a</translation>
    </message>
    <message>
        <source>Hover a measure for how it is counted (the same words as the report).</source>
        <translation>Sitúe el puntero sobre una medida para ver cómo se calcula (con las mismas palabras que el informe).</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
</context>
<context>
    <name>CompetencyPage</name>
    <message>
        <source>Check-ins</source>
        <translation>Revisiones</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Habilidad</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>Evaluado por</translation>
    </message>
    <message>
        <source>Add chec&amp;k-in</source>
        <translation>Añadir revisió&amp;n</translation>
    </message>
    <message>
        <source>&amp;Delete selected</source>
        <translation>Eliminar &amp;selección</translation>
    </message>
    <message>
        <source>work it out from earlier check-ins</source>
        <translation>calcularlo a partir de revisiones anteriores</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Onboarding pilot: count from each person&apos;s joined date</source>
        <translation>Piloto de incorporación: contar desde la fecha de incorporación de cada persona</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Evaluador</translation>
    </message>
    <message>
        <source>Before vs after</source>
        <translation>Antes y después</translation>
    </message>
    <message>
        <source>Da&amp;ys to reach a target before the pilot</source>
        <translation>&amp;Días para alcanzar un objetivo antes del piloto</translation>
    </message>
    <message>
        <source>&lt;b&gt;Check-ins&lt;/b&gt;: a level 0-4 per person and skill. Record a baseline at the start of the pilot and a check-in when someone reaches their target.</source>
        <translation>&lt;b&gt;Revisiones&lt;/b&gt;: un nivel de 0 a 4 por persona y habilidad. Registre una línea base al inicio del piloto y una revisión cuando alguien alcance su objetivo.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Leadership Re&amp;port...</source>
        <translation>Informe para la &amp;dirección...</translation>
    </message>
    <message>
        <source>Charts as tables</source>
        <translation>Gráficos como tablas</translation>
    </message>
    <message>
        <source>Show each chart&apos;s numbers as a table, to read with the keyboard or a screen reader</source>
        <translation>Mostrar las cifras de cada gráfico como una tabla, para leerlas con el teclado o un lector de pantalla</translation>
    </message>
    <message>
        <source>Program:</source>
        <translation>Programa:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periodo:</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Hasta la fecha</translation>
    </message>
    <message>
        <source>Through week {0}</source>
        <translation>Hasta la semana {0}</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No pilot yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Plan one with &lt;b&gt;Schedule &amp;gt; New Pilot&lt;/b&gt; (Ctrl+Shift+P). Once a session is held, record who came on the &lt;b&gt;Record a session&lt;/b&gt; page and the participation, ratings and time-to-competency appear here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Todavía no hay ningún piloto.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Planifique uno con &lt;b&gt;Calendario &amp;gt; Nuevo piloto&lt;/b&gt; (Ctrl+Shift+P). Cuando se celebre una sesión, registre quién asistió en la página &lt;b&gt;Registrar una sesión&lt;/b&gt;; la participación, las valoraciones y el tiempo hasta alcanzar la competencia aparecerán aquí.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Nothing held yet in this pilot. After the first session, open Record a session, pick it and tick who was there (Space) and their rating (1-5); the tiles and charts fill in from there.</source>
        <translation>Todavía no se ha celebrado nada en este piloto. Después de la primera sesión, abra Registrar una sesión, selecciónela y marque quién asistió (Espacio) y su valoración (1-5); a partir de ahí se irán rellenando los indicadores y los gráficos.</translation>
    </message>
    <message>
        <source>target {0}</source>
        <translation>objetivo {0}</translation>
    </message>
    <message>
        <source>{0}: {1}, target {2}, {3}</source>
        <translation>{0}: {1}, objetivo {2}, {3}</translation>
    </message>
    <message>
        <source>{0} group sessions and {9} peer meetings held · {1} present of {2} invited (+{10} walk-ins) · average {3} min (planned {4}) · response rate {5} · skill gaps covered {6} of {7} · commitments reported back {11} · used on the job {12} · led by: {8}</source>
        <translation>{0} sesiones de grupo y {9} reuniones entre compañeros celebradas · {1} presentes de {2} invitados (+{10} sin invitación) · media de {3} min (previstos {4}) · tasa de respuesta {5} · brechas de habilidades cubiertas: {6} de {7} · compromisos informados {11} · aplicado en el trabajo {12} · dirigidas por: {8}</translation>
    </message>
</context>
<context>
    <name>EndOfPilotDialog</name>
    <message>
        <source>End-of-Pilot Report</source>
        <translation>Informe final del piloto</translation>
    </message>
    <message>
        <source>Your own words for leadership (optional)</source>
        <translation>Sus propias palabras para la dirección (opcional)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>&amp;Save...</source>
        <translation>&amp;Guardar...</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>&amp;Programa</translation>
    </message>
    <message>
        <source>&amp;Recommendation</source>
        <translation>&amp;Recomendación</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>PeerDesk suggests: {0}. Change it if you know better.</source>
        <translation>PeerDesk sugiere: {0}. Cámbiela si lo considera oportuno.</translation>
    </message>
</context>
<context>
    <name>FeedbackController</name>
    <message>
        <source>Add check-in</source>
        <translation>Añadir revisión</translation>
    </message>
    <message>
        <source>Delete check-ins</source>
        <translation>Eliminar revisiones</translation>
    </message>
    <message>
        <source>Add shout-out</source>
        <translation>Añadir reconocimiento</translation>
    </message>
    <message>
        <source>Remove shout-out</source>
        <translation>Quitar reconocimiento</translation>
    </message>
    <message>
        <source>Change baseline of {0}</source>
        <translation>Cambiar la línea base de {0}</translation>
    </message>
    <message>
        <source>Import Feedback</source>
        <translation>Importar comentarios</translation>
    </message>
    <message>
        <source>There is no program yet.</source>
        <translation>Todavía no hay ningún programa.</translation>
    </message>
    <message>
        <source>Import Feedback CSV</source>
        <translation>Importar comentarios (CSV)</translation>
    </message>
    <message>
        <source>{0}: {1}; nothing was imported.</source>
        <translation>{0}: {1}; no se ha importado nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problema</numerusform>
            <numerusform>%n problemas</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported {0} into {1}: {2}</source>
        <translation>Se ha importado {0} en {1}: {2}</translation>
    </message>
</context>
<context>
    <name>FeedbackTab</name>
    <message>
        <source>Feedback pages</source>
        <translation>Páginas de comentarios</translation>
    </message>
    <message>
        <source>Re&amp;cord a session</source>
        <translation>&amp;Registrar una sesión</translation>
    </message>
    <message>
        <source>D&amp;ashboard</source>
        <translation>&amp;Panel</translation>
    </message>
    <message>
        <source>Co&amp;mpetency</source>
        <translation>Co&amp;mpetencias</translation>
    </message>
    <message>
        <source>Reco&amp;gnition</source>
        <translation>Reconocimien&amp;to</translation>
    </message>
</context>
<context>
    <name>FormatsDialog</name>
    <message>
        <source>Formats</source>
        <translation>Formatos</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>A short name for files and the command line (e.g. book-club): lower-case letters, digits and dashes.</source>
        <translation>Un nombre corto para archivos y la línea de comandos (p. ej., club-lectura): letras minúsculas, dígitos y guiones.</translation>
    </message>
    <message>
        <source>Short name (&amp;ID)</source>
        <translation>Nombre corto (&amp;ID)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation>D&amp;uración</translation>
    </message>
    <message>
        <source>&amp;Maximum</source>
        <translation>&amp;Máximo</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>D&amp;escripción</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Orden del día</translation>
    </message>
    <message>
        <source>New Format</source>
        <translation>Nuevo formato</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Reset to Built-in</source>
        <translation>Restablecer predeterminado</translation>
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
        <translation>Guía del usuario de PeerDesk</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guía del usuario</translation>
    </message>
    <message>
        <source>Find in the guide (Enter for the next match)</source>
        <translation>Buscar en la guía (Intro para la siguiente coincidencia)</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
</context>
<context>
    <name>ImpactTab</name>
    <message>
        <source>How many days people took to reach a skill target before the pilot, to compare the pilot with. Type the number if you know it; at 0 PeerDesk works it out from the check-ins recorded in the 12 months before the pilot started.</source>
        <translation>Cuántos días tardaban las personas en alcanzar un objetivo de habilidad antes del piloto, para compararlo con el piloto. Escriba el número si lo conoce; con 0, PeerDesk lo calcula a partir de las revisiones registradas en los 12 meses anteriores al inicio del piloto.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Import {0}</source>
        <translation>Importar {0}</translation>
    </message>
    <message>
        <source>Columns: which column of the file holds each field</source>
        <translation>Columnas: qué columna del archivo contiene cada campo</translation>
    </message>
    <message>
        <source>(not in this file)</source>
        <translation>(no está en este archivo)</translation>
    </message>
    <message>
        <source>(column {0})</source>
        <translation>(columna {0})</translation>
    </message>
    <message>
        <source>What the import would do, row by row</source>
        <translation>Lo que haría la importación, fila a fila</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>&amp;Volver a comprobar</translation>
    </message>
    <message>
        <source>Read {0} again, after you fixed it, and check it again</source>
        <translation>Volver a leer {0} después de corregirlo y comprobarlo de nuevo</translation>
    </message>
    <message>
        <source>{0}: {1:n} of {2:n}</source>
        <translation>{0}: {1:n} de {2:n}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Checking was cancelled;&lt;/b&gt; nothing will be imported.</source>
        <translation>&lt;b&gt;Se ha cancelado la comprobación;&lt;/b&gt; no se importará nada.</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:{1}&apos;&gt;{0}: nothing will be imported until they are fixed in the file. Fix it, save it, then press Check Again.&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:{1}&apos;&gt;{0}: no se importará nada hasta que se corrijan en el archivo. Corríjalo, guárdelo y pulse Volver a comprobar.&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problema</numerusform>
            <numerusform>%n problemas</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Ready:&lt;/b&gt; {0}.</source>
        <translation>&lt;b&gt;Listo:&lt;/b&gt; {0}.</translation>
    </message>
    <message>
        <source>new: {0} &lt;{1}&gt;</source>
        <translation>nuevo: {0} &lt;{1}&gt;</translation>
    </message>
    <message>
        <source>update: {0} &lt;{1}&gt;</source>
        <translation>actualizar: {0} &lt;{1}&gt;</translation>
    </message>
</context>
<context>
    <name>InvitesDialog</name>
    <message>
        <source>Export Invites</source>
        <translation>Exportar invitaciones</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Also write ready-to-send email drafts (.eml) with Accept/Decline</source>
        <translation>Escribir también borradores de correo listos para enviar (.eml) con Aceptar/Rechazar</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Examinar...</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>&amp;Programa</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>P&amp;ara</translation>
    </message>
    <message>
        <source>Only this &amp;session: {0}, {1}</source>
        <translation>&amp;Solo esta sesión: {0}, {1}</translation>
    </message>
    <message>
        <source>F&amp;older</source>
        <translation>&amp;Carpeta</translation>
    </message>
    <message>
        <source>Invitations open in Outlook, Google Calendar, Apple Calendar and Thunderbird. Export again after changes: calendars update the same events, and the folder keeps only the current files.</source>
        <translation>Las invitaciones se abren en Outlook, Google Calendar, Apple Calendar y Thunderbird. Vuelva a exportar después de cada cambio: los calendarios actualizan los mismos eventos y la carpeta conserva solo los archivos actuales.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <source>Everyone: invitations (.ics) for the organizer to send</source>
        <translation>Todos: invitaciones (.ics) para que las envíe el organizador</translation>
    </message>
    <message>
        <source>{0}: &apos;all my sessions&apos; calendar file</source>
        <translation>{0}: archivo de calendario &apos;todas mis sesiones&apos;</translation>
    </message>
    <message>
        <source>{0} has no organizer: the invites go out without a sender.</source>
        <translation>{0} no tiene organizador: las invitaciones se envían sin remitente.</translation>
    </message>
    <message>
        <source>⚠ These invites go out in the name of {0} &lt;{1}&gt;, not yours ({2}): replies go to them. Schedule &gt; Edit Program changes the organizer.</source>
        <translation>⚠ Estas invitaciones se envían en nombre de {0} &lt;{1}&gt;, no en el suyo ({2}): las respuestas le llegarán a esa persona. El organizador se cambia en Calendario &gt; Editar programa.</translation>
    </message>
    <message>
        <source>{0} in the sessions you are sending; they go out as planned:</source>
        <translation>{0} en las sesiones que va a enviar; se envían tal como están planificadas:</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflicto</numerusform>
            <numerusform>%n conflictos</numerusform>
        </translation>
    </message>
    <message>
        <source>... and {0} more (see the Warnings column)</source>
        <translation>... y {0} más (vea la columna Advertencias)</translation>
    </message>
    <message>
        <source>Export in Their Name</source>
        <translation>Exportar en nombre del organizador</translation>
    </message>
    <message>
        <source>Folder for invites</source>
        <translation>Carpeta para las invitaciones</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>PeerDesk tabs</source>
        <translation>Pestañas de PeerDesk</translation>
    </message>
    <message>
        <source>R&amp;oster</source>
        <translation>Equ&amp;ipo</translation>
    </message>
    <message>
        <source>Sched&amp;ule</source>
        <translation>Ca&amp;lendario</translation>
    </message>
    <message>
        <source>Feed&amp;back</source>
        <translation>C&amp;omentarios</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir r&amp;eciente</translation>
    </message>
    <message>
        <source>{0} ({1} active) · {2} · {3}</source>
        <translation>{0} ({1} activas) · {2} · {3}</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n equipo</numerusform>
            <numerusform>%n equipos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n program(s)</source>
        <translation>
            <numerusform>%n programa</numerusform>
            <numerusform>%n programas</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace file: every change is saved to it as you make it</source>
        <translation>El archivo del espacio de trabajo: cada cambio se guarda en él en cuanto lo hace</translation>
    </message>
    <message>
        <source>Upgraded this workspace; the previous version is kept at {0}</source>
        <translation>Se ha actualizado este espacio de trabajo; la versión anterior se conserva en {0}</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>No se puede abrir el espacio de trabajo</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Nuevo espacio de trabajo</translation>
    </message>
    <message>
        <source>{0} already exists. Use File &gt; Open to open it, or choose a new name.</source>
        <translation>{0} ya existe. Use Archivo &gt; Abrir para abrirlo o elija otro nombre.</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Abrir espacio de trabajo</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <source>The copy was not written: {0}</source>
        <translation>No se ha escrito la copia: {0}</translation>
    </message>
    <message>
        <source>Saved a copy to {0}</source>
        <translation>Se ha guardado una copia en {0}</translation>
    </message>
    <message>
        <source>About PeerDesk</source>
        <translation>Acerca de PeerDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;{0} {1}&lt;/h3&gt;&lt;p&gt;Plan, run and measure peer-to-peer learning at work. Everything stays in one file on this computer.&lt;/p&gt;&lt;p&gt;Open workspace:&lt;br&gt;{2}&lt;/p&gt;&lt;p&gt;&lt;small&gt;{3}&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{0} {1}&lt;/h3&gt;&lt;p&gt;Planifique, lleve a cabo y mida el aprendizaje entre pares en el trabajo. Todo se queda en un único archivo en este ordenador.&lt;/p&gt;&lt;p&gt;Espacio de trabajo abierto:&lt;br&gt;{2}&lt;/p&gt;&lt;p&gt;&lt;small&gt;{3}&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add people with Roster &gt; Add Person, or File &gt; Import Roster CSV</source>
        <translation>Añada personas con Equipo &gt; Añadir persona o con Archivo &gt; Importar lista del equipo (CSV)</translation>
    </message>
    <message>
        <source>Open Demo</source>
        <translation>Abrir demostración</translation>
    </message>
    <message>
        <source>The demo could not be built: {0}</source>
        <translation>No se ha podido crear la demostración: {0}</translation>
    </message>
</context>
<context>
    <name>MatchingDialog</name>
    <message>
        <source>Match Peers</source>
        <translation>Emparejar compañeros</translation>
    </message>
    <message>
        <source>pairs</source>
        <translation>parejas</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>mentoría</translation>
    </message>
    <message>
        <source>pods</source>
        <translation>grupos</translation>
    </message>
    <message>
        <source>rotation</source>
        <translation>rotación</translation>
    </message>
    <message>
        <source>same role</source>
        <translation>mismo puesto</translation>
    </message>
    <message>
        <source>same learning goal</source>
        <translation>mismo objetivo de aprendizaje</translation>
    </message>
    <message>
        <source>one group of three</source>
        <translation>un grupo de tres</translation>
    </message>
    <message>
        <source>one person sits out</source>
        <translation>una persona se queda fuera</translation>
    </message>
    <message>
        <source>penalise pairs that met</source>
        <translation>penalizar parejas que ya se reunieron</translation>
    </message>
    <message>
        <source>forbid pairs that met</source>
        <translation>prohibir parejas que ya se reunieron</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>&amp;Programa</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>&amp;Modo</translation>
    </message>
    <message>
        <source>Pod si&amp;ze</source>
        <translation>Tamaño del gr&amp;upo</translation>
    </message>
    <message>
        <source>Pods &amp;by</source>
        <translation>A&amp;grupar por</translation>
    </message>
    <message>
        <source>Ro&amp;unds</source>
        <translation>&amp;Rondas</translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;Capacity</source>
        <translation>&amp;Capacidad</translation>
    </message>
    <message>
        <source>With an &amp;odd number</source>
        <translation>Con número &amp;impar</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>Shuffl&amp;e</source>
        <translation>Me&amp;zcla</translation>
    </message>
    <message>
        <source>S&amp;kips this round...</source>
        <translation>Se saltan esta ron&amp;da...</translation>
    </message>
    <message>
        <source>Tick who sits this round out (they answered SKIP): the run leaves them out</source>
        <translation>Marque quién se salta esta ronda (respondió SKIP): la ejecución los deja fuera</translation>
    </message>
    <message>
        <source>What makes a good pair (points)</source>
        <translation>Qué hace una buena pareja (puntos)</translation>
    </message>
    <message>
        <source>Points for: {0}</source>
        <translation>Puntos por: {0}</translation>
    </message>
    <message>
        <source>Proposed groups</source>
        <translation>Grupos propuestos</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Emparejamiento</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ejecutar</translation>
    </message>
    <message>
        <source>&amp;Lock / Unlock</source>
        <translation>&amp;Bloquear / desbloquear</translation>
    </message>
    <message>
        <source>S&amp;wap two people</source>
        <translation>I&amp;ntercambiar dos personas</translation>
    </message>
    <message>
        <source>E&amp;xclude person</source>
        <translation>E&amp;xcluir persona</translation>
    </message>
    <message>
        <source>&amp;Never pair these two</source>
        <translation>N&amp;o emparejar nunca a estas dos</translation>
    </message>
    <message>
        <source>Add the two selected people to the do-not-pair list (or take them off it)</source>
        <translation>Añadir las dos personas seleccionadas a la lista de no emparejar (o quitarlas de ella)</translation>
    </message>
    <message>
        <source>Wh&amp;y Not These Two?</source>
        <translation>¿Por qué no e&amp;stas dos?</translation>
    </message>
    <message>
        <source>The best pairing that puts the two selected people together, and what stands in the way</source>
        <translation>El mejor emparejamiento que junta a las dos personas seleccionadas y lo que lo impide</translation>
    </message>
    <message>
        <source>&amp;Apply to Schedule</source>
        <translation>&amp;Aplicar al calendario</translation>
    </message>
    <message>
        <source>Each group meets at a time all its members are free (in their own timezones) and none is booked, spread over the program&apos;s week</source>
        <translation>Cada grupo se reúne a una hora en la que todos sus miembros están libres (en sus propias zonas horarias) y sin otras reservas, repartido a lo largo de la semana del programa</translation>
    </message>
    <message>
        <source>&amp;Pick a Time...</source>
        <translation>E&amp;legir hora...</translation>
    </message>
    <message>
        <source>Open the next meeting Apply could not place, to choose its time</source>
        <translation>Abrir la siguiente reunión que Aplicar no pudo colocar, para elegir su hora</translation>
    </message>
    <message>
        <source>Add &amp;Free Time</source>
        <translation>A&amp;ñadir tiempo libre</translation>
    </message>
    <message>
        <source>Add the selected suggestion to that person&apos;s weekly free time (Edit &gt; Undo takes it back)</source>
        <translation>Añadir la sugerencia seleccionada al tiempo libre semanal de esa persona (Edición &gt; Deshacer la quita)</translation>
    </message>
    <message>
        <source>Allow Meeting A&amp;gain</source>
        <translation>&amp;Volver a emparejar</translation>
    </message>
    <message>
        <source>Let the two people of the selected suggestion meet again in this program&apos;s runs, although they met before (the no-repeat rule still holds for everyone else)</source>
        <translation>Permitir que las dos personas de la sugerencia elegida vuelvan a reunirse en las rondas de este programa, aunque ya se reunieron (la regla de no repetir sigue valiendo para los demás)</translation>
    </message>
    <message>
        <source>Pairs that have met so far: {0}.</source>
        <translation>Parejas que ya se han reunido: {0}.</translation>
    </message>
    <message>
        <source>no teams yet</source>
        <translation>todavía no hay equipos</translation>
    </message>
    <message>
        <source>Never paired: {0}.</source>
        <translation>Nunca se emparejan: {0}.</translation>
    </message>
    <message>
        <source>Choose a mode and press Run. Nothing is scheduled until you Apply.</source>
        <translation>Elija un modo y pulse Ejecutar. No se programa nada hasta que pulse Aplicar al calendario.</translation>
    </message>
    <message numerus="yes">
        <source>S&amp;kips this round (%n)...</source>
        <translation>
            <numerusform>Se saltan esta ron&amp;da (%n)...</numerusform>
            <numerusform>Se saltan esta ron&amp;da (%n)...</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview with these points: {0} of {1} would change; {2:g} points in all (now {3:g}). Press Run to use them.</source>
        <translation>Vista previa con estos puntos: cambiarían {0} de {1}; {2:g} puntos en total (ahora {3:g}). Pulse Ejecutar para usarlos.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n grupo</numerusform>
            <numerusform>%n grupos</numerusform>
        </translation>
    </message>
    <message>
        <source>Round {0}</source>
        <translation>Ronda {0}</translation>
    </message>
    <message>
        <source>Skipped: {0}</source>
        <translation>Se saltan la ronda: {0}</translation>
    </message>
    <message>
        <source>Allowed to meet again: {0}</source>
        <translation>Pueden volver a reunirse: {0}</translation>
    </message>
    <message>
        <source>Unpaired ({0})</source>
        <translation>Sin pareja ({0})</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>How these pairs were chosen</source>
        <translation>Cómo se eligieron estas parejas</translation>
    </message>
    <message>
        <source>How these groups were chosen</source>
        <translation>Cómo se eligieron estos grupos</translation>
    </message>
    <message>
        <source> {0} from the previous run.</source>
        <translation> {0} respecto a la ejecución anterior.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) differ(s)</source>
        <translation>
            <numerusform>%n grupo difiere</numerusform>
            <numerusform>%n grupos difieren</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Run {0}&lt;/b&gt;: {1}, {2:g} points in all, shuffle {3}.{4} {5}</source>
        <translation>&lt;b&gt;Ejecución {0}&lt;/b&gt;: {1}, {2:g} puntos en total, mezcla {3}.{4} {5}</translation>
    </message>
    <message>
        <source>Why not {0} with {1}?</source>
        <translation>¿Por qué no {0} con {1}?</translation>
    </message>
    <message>
        <source>Applied run {0}: its sessions are in the Schedule.</source>
        <translation>Se ha aplicado la ejecución {0}: sus sesiones están en el Calendario.</translation>
    </message>
    <message>
        <source>Applied run {0}: {1} placed where every member is free. No free shared time for {2}:
{3}</source>
        <translation>Se ha aplicado la ejecución {0}. Colocados donde todos los miembros están libres: {1}. Sin tiempo libre común: {2}:
{3}</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n reunión</numerusform>
            <numerusform>%n reuniones</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}&apos;s added time would run past midnight: add it in Edit Person.</source>
        <translation>El tiempo añadido para {0} pasaría de la medianoche: añádalo en Editar persona.</translation>
    </message>
    <message>
        <source>Teaching, per level gained</source>
        <translation>Enseñanza, por nivel adquirido</translation>
    </message>
    <message>
        <source>Both learn (swap)</source>
        <translation>Ambos aprenden (intercambio)</translation>
    </message>
    <message>
        <source>Shared free time</source>
        <translation>Tiempo libre común</translation>
    </message>
    <message>
        <source>No shared free time</source>
        <translation>Sin tiempo libre común</translation>
    </message>
    <message>
        <source>Other team (negative: same team)</source>
        <translation>Otro equipo (negativo: mismo equipo)</translation>
    </message>
    <message>
        <source>Met before</source>
        <translation>Ya se reunieron</translation>
    </message>
    <message>
        <source>Added for each level the learner gains from the teacher (up to 3 levels)</source>
        <translation>Se suma por cada nivel que el participante adquiere de quien enseña (hasta 3 niveles)</translation>
    </message>
    <message>
        <source>Added when each of the two can teach the other something</source>
        <translation>Se suma cuando cada uno de los dos puede enseñar algo al otro</translation>
    </message>
    <message>
        <source>Added when both are free at the same time in the week for a session</source>
        <translation>Se suma cuando ambos están libres a la misma hora de la semana para una sesión</translation>
    </message>
    <message>
        <source>Added (a minus takes points off) when both gave free times but none overlap</source>
        <translation>Se suma (un valor negativo resta puntos) cuando ambos indicaron sus horas libres pero ninguna coincide</translation>
    </message>
    <message>
        <source>Added for two people from different teams; a minus number prefers the same team</source>
        <translation>Se suma para dos personas de equipos distintos; un número negativo da preferencia al mismo equipo</translation>
    </message>
    <message>
        <source>Added (a minus takes points off) for two people who already met in this program</source>
        <translation>Se suma (un valor negativo resta puntos) para dos personas que ya se reunieron en este programa</translation>
    </message>
    <message>
        <source>Every pair gets a score: the sum of the points below that apply to it. PeerDesk picks the groupings with the highest total, so more points make a reason count more, and a minus number counts against a pair. Example: a teacher two levels above the learner, both free at the same time, earns 2 × 10 + 10 = 30 points.</source>
        <translation>Cada pareja recibe una puntuación: la suma de los puntos siguientes que le corresponden. PeerDesk elige las agrupaciones con el total más alto, así que con más puntos un motivo cuenta más, y un número negativo cuenta en contra de una pareja. Ejemplo: quien enseña dos niveles por encima del participante, con ambos libres a la misma hora, obtiene 2 × 10 + 10 = 30 puntos.</translation>
    </message>
    <message>
        <source>When the number of people is odd, someone is left over: either three people meet as one group, or one person sits out this round</source>
        <translation>Cuando el número de personas es impar, sobra alguien: o bien tres personas se reúnen como un grupo, o bien una persona se queda fuera de esta ronda</translation>
    </message>
    <message>
        <source>Several groupings are often equally good. Another number here picks another of them; the same number always gives the same groups</source>
        <translation>A menudo hay varias agrupaciones igual de buenas. Otro número aquí elige otra de ellas; el mismo número siempre da los mismos grupos</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Timezone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Teaches</source>
        <translation>Enseña</translation>
    </message>
    <message>
        <source>Wants to learn</source>
        <translation>Quiere aprender</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit Person</source>
        <translation>Editar persona</translation>
    </message>
    <message>
        <source>Add Person</source>
        <translation>Añadir persona</translation>
    </message>
    <message>
        <source>(no manager)</source>
        <translation>(sin responsable)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (optional)</source>
        <translation>AAAA-MM-DD (opcional)</translation>
    </message>
    <message>
        <source>Active (takes part in matching and programs)</source>
        <translation>Activa (participa en emparejamientos y programas)</translation>
    </message>
    <message>
        <source>e.g. Tue 10:00-12:00; Thu 14:00-16:00</source>
        <translation>p. ej., Tue 10:00-12:00; Thu 14:00-16:00</translation>
    </message>
    <message>
        <source>e.g. 2026-03-10..2026-03-21 parental leave (reason private)</source>
        <translation>p. ej., 2026-03-10..2026-03-21 permiso parental (motivo privado)</translation>
    </message>
    <message>
        <source>First..last day away, then an optional reason only you see; separate several with &apos;;&apos;. Matching and the sessions of those days leave them out, and they come back after.</source>
        <translation>Primer..último día de ausencia y, después, un motivo opcional que solo ve usted; separe varias con &apos;;&apos;. Los emparejamientos y las sesiones de esos días dejan fuera a la persona, que vuelve a participar después.</translation>
    </message>
    <message>
        <source>Level 0-4</source>
        <translation>Nivel 0-4</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Teaches: skills and levels</source>
        <translation>Enseña: habilidades y niveles</translation>
    </message>
    <message>
        <source>Wants to learn: skills and target levels</source>
        <translation>Quiere aprender: habilidades y niveles objetivo</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>Corr&amp;eo electrónico</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Puesto</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>E&amp;quipo</translation>
    </message>
    <message>
        <source>Mana&amp;ger</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <source>Time&amp;zone</source>
        <translation>&amp;Zona horaria</translation>
    </message>
    <message>
        <source>&amp;Joined</source>
        <translation>Fecha de &amp;incorporación</translation>
    </message>
    <message>
        <source>&amp;Free weekly</source>
        <translation>&amp;Disponible cada semana</translation>
    </message>
    <message>
        <source>Time &amp;away</source>
        <translation>&amp;Ausencias</translation>
    </message>
    <message>
        <source>Can teach</source>
        <translation>Puede enseñar</translation>
    </message>
    <message>
        <source>Wants to learn</source>
        <translation>Quiere aprender</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <source>did you mean {0}? Pick it from the list</source>
        <translation>¿quería decir {0}? Selecciónelo en la lista</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a date like 2024-03-01</source>
        <translation>&apos;{0}&apos; no es una fecha como 2024-03-01</translation>
    </message>
</context>
<context>
    <name>PilotDialog</name>
    <message>
        <source>Edit Program</source>
        <translation>Editar programa</translation>
    </message>
    <message>
        <source>New Pilot</source>
        <translation>Nuevo piloto</translation>
    </message>
    <message>
        <source>country[-region], e.g. DE-BY, US-CA, GB</source>
        <translation>país[-región], p. ej., ES-MD, DE-BY, GB</translation>
    </message>
    <message>
        <source>Public holidays</source>
        <translation>Días festivos</translation>
    </message>
    <message>
        <source>keep the session</source>
        <translation>mantener la sesión</translation>
    </message>
    <message>
        <source>skip that week</source>
        <translation>omitir esa semana</translation>
    </message>
    <message>
        <source>move to the next working day</source>
        <translation>pasar al siguiente día laborable</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> min before</source>
        <translation> min antes</translation>
    </message>
    <message>
        <source>Pick a whole team...</source>
        <translation>Elegir un equipo completo...</translation>
    </message>
    <message>
        <source>The session format: micro-lesson (10-20 min, one person teaches one thing), peer coaching, skill-swap, problem clinic, shadow shift (watch a peer do the real work), lunch-and-learn, learning pod or demo-and-discuss. Schedule &gt; Formats edits their lengths and agendas.</source>
        <translation>El formato de la sesión: microlección (10-20 min, una persona enseña una cosa), coaching entre pares, intercambio de habilidades, clínica de problemas, turno de observación (ver a un compañero hacer el trabajo real), aprender comiendo, grupo de aprendizaje o demostración y debate. En Calendario &gt; Formatos se editan sus duraciones y órdenes del día.</translation>
    </message>
    <message>
        <source>Targets the Feedback tab measures the pilot against: the share of members at each session, sessions per month, and how much faster people reach their target level than before the pilot.</source>
        <translation>Objetivos con los que la pestaña Comentarios mide el piloto: la proporción de miembros en cada sesión, las sesiones al mes y cuánto más rápido alcanzan las personas su nivel objetivo que antes del piloto.</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Día de la semana</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation>Duración en minutos</translation>
    </message>
    <message>
        <source>On a public holiday</source>
        <translation>En un día festivo</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Target participation</source>
        <translation>Objetivo de participación</translation>
    </message>
    <message>
        <source>Target sessions per month</source>
        <translation>Objetivo de sesiones al mes</translation>
    </message>
    <message>
        <source>Target: how much faster to competency</source>
        <translation>Objetivo: cuánto más rápido hasta la competencia</translation>
    </message>
    <message>
        <source>participation</source>
        <translation>participación</translation>
    </message>
    <message>
        <source>sessions/month</source>
        <translation>sesiones/mes</translation>
    </message>
    <message>
        <source>faster onboarding</source>
        <translation>incorporación más rápida</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>Res&amp;ultado</translation>
    </message>
    <message>
        <source>Or&amp;ganizer</source>
        <translation>Or&amp;ganizador</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Formato</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>&amp;Inicio</translation>
    </message>
    <message>
        <source>&amp;Weeks</source>
        <translation>&amp;Semanas</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Cada</translation>
    </message>
    <message>
        <source>Language of its printouts, reports and invites</source>
        <translation>Idioma de sus impresiones, informes e invitaciones</translation>
    </message>
    <message>
        <source>Agendas, sign-in sheets, reports, invites and email drafts of this pilot use this language</source>
        <translation>Las órdenes del día, hojas de asistencia, informes, invitaciones y borradores de correo de este piloto usan este idioma</translation>
    </message>
    <message>
        <source>as PeerDesk ({0})</source>
        <translation>como PeerDesk ({0})</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Idi&amp;oma</translation>
    </message>
    <message>
        <source>Time&amp;zone</source>
        <translation>&amp;Zona horaria</translation>
    </message>
    <message>
        <source>on a holiday:</source>
        <translation>en un festivo:</translation>
    </message>
    <message>
        <source>Public &amp;holidays</source>
        <translation>&amp;Días festivos</translation>
    </message>
    <message>
        <source>&amp;Reminder</source>
        <translation>&amp;Recordatorio</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Miembros</translation>
    </message>
    <message>
        <source>Sessions this pilot would create</source>
        <translation>Sesiones que crearía este piloto</translation>
    </message>
    <message>
        <source>Save Changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <source>Create Pilot</source>
        <translation>Crear piloto</translation>
    </message>
    <message>
        <source>Suggested times, best first</source>
        <translation>Horarios sugeridos, los mejores primero</translation>
    </message>
    <message>
        <source>Click a time to use it for the pilot</source>
        <translation>Haga clic en un horario para usarlo en el piloto</translation>
    </message>
    <message>
        <source>&lt;b&gt;Suggested &amp;times&lt;/b&gt; (best first; click one to use it)</source>
        <translation>&lt;b&gt;&amp;Horarios sugeridos&lt;/b&gt; (el mejor primero; haga clic en uno para usarlo)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Future sessions after this change&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sesiones futuras después de este cambio&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sessions this creates&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sesiones que se crean&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>Organizador</translation>
    </message>
    <message>
        <source>Choose, or type a name and address: Name &lt;name@example.com&gt;</source>
        <translation>Elija o escriba un nombre y una dirección: Nombre &lt;name@example.com&gt;</translation>
    </message>
    <message>
        <source>The invites go out in this person&apos;s name; they need not be on the roster</source>
        <translation>Las invitaciones se envían en nombre de esta persona; no es necesario que esté en la lista del equipo</translation>
    </message>
    <message>
        <source>{0} &lt;{1}&gt; (you)</source>
        <translation>{0} &lt;{1}&gt; (usted)</translation>
    </message>
    <message>
        <source>Tick the members to see the times that suit them best.</source>
        <translation>Marque los miembros para ver los horarios que mejor les convienen.</translation>
    </message>
    <message>
        <source>No weekly time is free of the members&apos; other sessions in these weeks.</source>
        <translation>En estas semanas no hay ningún horario semanal libre de otras sesiones de los miembros.</translation>
    </message>
    <message>
        <source>Week {0}</source>
        <translation>Semana {0}</translation>
    </message>
    <message>
        <source>One-off</source>
        <translation>Puntual</translation>
    </message>
    <message>
        <source>{0}: {1}, led by {2}</source>
        <translation>{0}: {1}, dirigida por {2}</translation>
    </message>
    <message>
        <source>week {0} ({1}, {2})</source>
        <translation>semana {0} ({1}, {2})</translation>
    </message>
    <message>
        <source> - moved from {0} ({1})</source>
        <translation> - trasladada desde {0} ({1})</translation>
    </message>
    <message>
        <source>... and {0} more</source>
        <translation>... y {0} más</translation>
    </message>
    <message>
        <source>On a public holiday: {0}</source>
        <translation>En un día festivo: {0}</translation>
    </message>
    <message>
        <source>Save Changes still keeps every session</source>
        <translation>Guardar cambios conserva igualmente todas las sesiones</translation>
    </message>
    <message>
        <source>Create Pilot still creates every session</source>
        <translation>Crear piloto crea igualmente todas las sesiones</translation>
    </message>
    <message>
        <source>⚠ {0} would have conflicts (see the list). They are warnings: {1}, and you can move them later.</source>
        <translation>⚠ Tendrían conflictos: {0} (vea la lista). Son advertencias: {1}, y puede moverlas más adelante.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: {0}</source>
        <translation>Nota: {0}</translation>
    </message>
    <message>
        <source>Did you mean {0}? Pick it from the list.</source>
        <translation>¿Quería decir {0}? Selecciónelo en la lista.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>&apos;{0}&apos; is not a valid email address</source>
        <translation>&apos;{0}&apos; no es una dirección de correo electrónico válida</translation>
    </message>
    <message>
        <source>pick at least one working day</source>
        <translation>elija al menos un día laborable</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>My name</source>
        <translation>Mi nombre</translation>
    </message>
    <message>
        <source>My email</source>
        <translation>Mi correo electrónico</translation>
    </message>
    <message>
        <source>the organizer of my pilots&apos; invites</source>
        <translation>el organizador de las invitaciones de mis pilotos</translation>
    </message>
    <message>
        <source>My timezone</source>
        <translation>Mi zona horaria</translation>
    </message>
    <message>
        <source>My country for public holidays</source>
        <translation>Mi país para los días festivos</translation>
    </message>
    <message>
        <source>country[-region], e.g. DE-BY, US-CA, GB</source>
        <translation>país[-región], p. ej., ES-MD, DE-BY, GB</translation>
    </message>
    <message>
        <source>program</source>
        <translation>programa</translation>
    </message>
    <message>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>As this computer ({0})</source>
        <translation>Igual que este ordenador ({0})</translation>
    </message>
    <message>
        <source>Pseudo-locale (to check translations)</source>
        <translation>Pseudoidioma (para revisar las traducciones)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Idi&amp;oma</translation>
    </message>
    <message>
        <source>My &amp;name</source>
        <translation>Mi &amp;nombre</translation>
    </message>
    <message>
        <source>My &amp;email</source>
        <translation>Mi corr&amp;eo electrónico</translation>
    </message>
    <message>
        <source>My &amp;timezone</source>
        <translation>Mi &amp;zona horaria</translation>
    </message>
    <message>
        <source>Public &amp;holidays</source>
        <translation>&amp;Días festivos</translation>
    </message>
    <message>
        <source>&amp;Paper size</source>
        <translation>Tamaño del &amp;papel</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Días laborables</translation>
    </message>
    <message>
        <source>Week view &amp;colours by</source>
        <translation>&amp;Colores de la vista semanal según</translation>
    </message>
    <message>
        <source>https://cloud.example.com/remote.php/dav/</source>
        <translation>https://cloud.example.com/remote.php/dav/</translation>
    </message>
    <message>
        <source>kept in this computer&apos;s keychain, never in the workspace</source>
        <translation>se guarda en el llavero de este ordenador, nunca en el espacio de trabajo</translation>
    </message>
    <message>
        <source>Calendar server (for Schedule &gt; Publish to Calendar)</source>
        <translation>Servidor de calendario (para Calendario &gt; Publicar en el calendario)</translation>
    </message>
    <message>
        <source>&amp;Server address</source>
        <translation>Dirección del &amp;servidor</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <source>Pass&amp;word or app password</source>
        <translation>Con&amp;traseña o contraseña de aplicación</translation>
    </message>
    <message>
        <source>PeerDesk speaks {0} from its next start.</source>
        <translation>PeerDesk se mostrará en {0} a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>Enter the user name that goes with the password.</source>
        <translation>Introduzca el nombre de usuario que corresponde a la contraseña.</translation>
    </message>
    <message>
        <source>The password could not be kept in this computer&apos;s keychain ({0}); type it when you publish.</source>
        <translation>No se ha podido guardar la contraseña en el llavero de este ordenador ({0}); escríbala cuando publique.</translation>
    </message>
</context>
<context>
    <name>PrintController</name>
    <message>
        <source>Templates folder: {0}</source>
        <translation>Carpeta de plantillas: {0}</translation>
    </message>
    <message>
        <source>Built-in templates restored; yours are kept in {0}</source>
        <translation>Se han restablecido las plantillas predeterminadas; las suyas se conservan en {0}</translation>
    </message>
    <message>
        <source>You have no templates of your own; the built-in ones are in use.</source>
        <translation>No tiene plantillas propias; se usan las predeterminadas.</translation>
    </message>
    <message>
        <source>Reset templates</source>
        <translation>Restablecer plantillas</translation>
    </message>
    <message>
        <source>Use PeerDesk&apos;s built-in templates again? Your own templates are moved to a backup folder beside them, not deleted.</source>
        <translation>¿Volver a usar las plantillas predeterminadas de PeerDesk? Sus plantillas propias se trasladan a una carpeta de copia de seguridad junto a ellas; no se eliminan.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source> (skipped)</source>
        <translation> (omitida)</translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (cancelada)</translation>
    </message>
    <message>
        <source>Doc&amp;ument</source>
        <translation>Doc&amp;umento</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Formato</translation>
    </message>
    <message>
        <source>P&amp;rogram</source>
        <translation>&amp;Programa</translation>
    </message>
    <message>
        <source>P&amp;erson</source>
        <translation>P&amp;ersona</translation>
    </message>
    <message>
        <source>P&amp;aper</source>
        <translation>P&amp;apel</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Imprimir...</translation>
    </message>
    <message>
        <source>Print Pre&amp;view...</source>
        <translation>&amp;Vista previa de impresión...</translation>
    </message>
    <message>
        <source>Export P&amp;DF...</source>
        <translation>Exportar P&amp;DF...</translation>
    </message>
    <message>
        <source>Export &amp;HTML...</source>
        <translation>Exportar &amp;HTML...</translation>
    </message>
    <message>
        <source>&amp;Copy Text</source>
        <translation>&amp;Copiar texto</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Wrote {0} ({1}).</source>
        <translation>Se ha escrito {0} ({1}).</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <source>Wrote {0}.</source>
        <translation>Se ha escrito {0}.</translation>
    </message>
    <message>
        <source>Export HTML</source>
        <translation>Exportar HTML</translation>
    </message>
    <message>
        <source>{0} was not written: {1}</source>
        <translation>No se ha escrito {0}: {1}</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copiado en el portapapeles.</translation>
    </message>
    <message>
        <source>Session agenda</source>
        <translation>Orden del día de la sesión</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Hoja de asistencia</translation>
    </message>
    <message>
        <source>Feedback slips (anonymous, to cut)</source>
        <translation>Fichas de comentarios (anónimas, para recortar)</translation>
    </message>
    <message>
        <source>Follow-up note (Markdown)</source>
        <translation>Nota de seguimiento (Markdown)</translation>
    </message>
    <message>
        <source>Facilitator guide</source>
        <translation>Guía del facilitador</translation>
    </message>
    <message>
        <source>Program handout</source>
        <translation>Material del programa</translation>
    </message>
    <message>
        <source>Kickoff one-pager for leadership</source>
        <translation>Resumen de lanzamiento para la dirección</translation>
    </message>
    <message>
        <source>Pilot calendar (month grid)</source>
        <translation>Calendario del piloto (cuadrícula mensual)</translation>
    </message>
    <message>
        <source>Skip slip (before a matching round)</source>
        <translation>Aviso para saltarse la ronda (antes de una ronda de emparejamiento)</translation>
    </message>
    <message>
        <source>How these pairs were chosen (latest pairs or mentor run)</source>
        <translation>Cómo se eligieron estas parejas (última ronda por parejas o de mentoría)</translation>
    </message>
    <message>
        <source>Learning record (one person)</source>
        <translation>Registro de aprendizaje (una persona)</translation>
    </message>
    <message>
        <source>Certificate of participation (one person)</source>
        <translation>Certificado de participación (una persona)</translation>
    </message>
    <message>
        <source>Thank-you card for a facilitator</source>
        <translation>Tarjeta de agradecimiento para un facilitador</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish to Calendar</source>
        <translation>Publicar en el calendario</translation>
    </message>
    <message>
        <source>Server or calendar address</source>
        <translation>Dirección del servidor o del calendario</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password or app password</source>
        <translation>Contraseña o contraseña de aplicación</translation>
    </message>
    <message>
        <source>Keep the password in this computer&apos;s keychain</source>
        <translation>Guardar la contraseña en el llavero de este ordenador</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Pick one of your calendars, or type a new name to create it</source>
        <translation>Elija uno de sus calendarios o escriba un nombre nuevo para crearlo</translation>
    </message>
    <message>
        <source>&amp;Find Calendars</source>
        <translation>&amp;Buscar calendarios</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>P&amp;rograma</translation>
    </message>
    <message>
        <source>&amp;Server or calendar address</source>
        <translation>Dirección del &amp;servidor o del calendario</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Con&amp;traseña</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Calendario</translation>
    </message>
    <message>
        <source>Paste a calendar&apos;s own address (from Nextcloud or Radicale) to publish into it, or the server&apos;s address and pick or name a calendar. Nextcloud, Fastmail and iCloud need an app password. Publishing again updates only what changed; events others added are never touched.</source>
        <translation>Pegue la dirección propia de un calendario (de Nextcloud o Radicale) para publicar en él, o la dirección del servidor y elija o ponga nombre a un calendario. Nextcloud, Fastmail e iCloud necesitan una contraseña de aplicación. Al volver a publicar solo se actualiza lo que ha cambiado; los eventos añadidos por otras personas nunca se tocan.</translation>
    </message>
    <message>
        <source>&amp;Trust This Certificate</source>
        <translation>Con&amp;fiar en este certificado</translation>
    </message>
    <message>
        <source>Keep &amp;Mine (overwrite their change)</source>
        <translation>Conservar la &amp;mía (sobrescribir el otro cambio)</translation>
    </message>
    <message>
        <source>Keep &amp;Theirs (leave their version)</source>
        <translation>Conservar la &amp;otra (mantener esa versión)</translation>
    </message>
    <message>
        <source>&amp;Skip Them (publish the rest)</source>
        <translation>Om&amp;itirlos (publicar el resto)</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publicar</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>kept in your keychain</source>
        <translation>guardada en su llavero</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain could not be read ({0}).</source>
        <translation>No se ha podido leer el llavero de este ordenador ({0}).</translation>
    </message>
    <message>
        <source>Type the password.</source>
        <translation>Escriba la contraseña.</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v de %m</translation>
    </message>
    <message>
        <source>Publishing {0}...</source>
        <translation>Publicando {0}...</translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation>Deteniendo...</translation>
    </message>
    <message>
        <source>Enter your user name on the calendar server.</source>
        <translation>Introduzca su nombre de usuario en el servidor de calendario.</translation>
    </message>
    <message>
        <source>Enter the password (or app password) for {0}.</source>
        <translation>Introduzca la contraseña (o la contraseña de aplicación) de {0}.</translation>
    </message>
    <message>
        <source>Looking for your calendars...</source>
        <translation>Buscando sus calendarios...</translation>
    </message>
    <message>
        <source>Found {0}. Pick one, or type a new name to create it.</source>
        <translation>Encontrados: {0}. Elija uno o escriba un nombre nuevo para crearlo.</translation>
    </message>
    <message numerus="yes">
        <source>%n calendar(s)</source>
        <translation>
            <numerusform>%n calendario</numerusform>
            <numerusform>%n calendarios</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting to {0}...</source>
        <translation>Conectando con {0}...</translation>
    </message>
    <message>
        <source>These events in the calendar are not what this workspace last published there:
{0}
Whose version to keep?</source>
        <translation>Estos eventos del calendario no coinciden con lo que este espacio de trabajo publicó allí la última vez:
{0}
¿Qué versión desea conservar?</translation>
    </message>
    <message>
        <source>Nothing was published yet.</source>
        <translation>Todavía no se ha publicado nada.</translation>
    </message>
    <message>
        <source>stopped on request; publish again to finish</source>
        <translation>detenido a petición suya; vuelva a publicar para terminar</translation>
    </message>
    <message>
        <source>Published {0} to &apos;{1}&apos;, but:
{2}</source>
        <translation>Publicado en &apos;{1}&apos;: {0}; pero:
{2}</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n cambio</numerusform>
            <numerusform>%n cambios</numerusform>
        </translation>
    </message>
    <message>
        <source>Published {0} to &apos;{1}&apos;: {2}.</source>
        <translation>Se ha publicado {0} en &apos;{1}&apos;: {2}.</translation>
    </message>
    <message numerus="yes">
        <source> %n answer(s) from attendees read from the calendar.</source>
        <translation>
            <numerusform> Se ha leído del calendario %n respuesta de asistentes.</numerusform>
            <numerusform> Se han leído del calendario %n respuestas de asistentes.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} reached the calendar before this and are recorded; publish again to finish.</source>
        <translation>Llegaron al calendario antes de esto y están registrados: {0}; vuelva a publicar para terminar.</translation>
    </message>
    <message>
        <source>Nothing in your workspace was changed.</source>
        <translation>No se ha cambiado nada en su espacio de trabajo.</translation>
    </message>
    <message>
        <source>This server&apos;s certificate is not signed by an authority this computer knows. Trust it only if your administrator confirms this fingerprint (SHA-256):
{0}</source>
        <translation>El certificado de este servidor no está firmado por ninguna autoridad que este ordenador conozca. Confíe en él solo si su administrador confirma esta huella digital (SHA-256):
{0}</translation>
    </message>
</context>
<context>
    <name>RecognitionPage</name>
    <message>
        <source>Top contributors</source>
        <translation>Principales colaboradores</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Sessions led</source>
        <translation>Sesiones dirigidas</translation>
    </message>
    <message>
        <source>Colleagues taught</source>
        <translation>Compañeros formados</translation>
    </message>
    <message>
        <source>Teach/learn balance</source>
        <translation>Equilibrio enseñar/aprender</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Led</source>
        <translation>Dirigidas</translation>
    </message>
    <message>
        <source>Learned</source>
        <translation>Como participante</translation>
    </message>
    <message>
        <source>Teach/learn balance: held sessions each member led, and attended as a learner</source>
        <translation>Equilibrio enseñar/aprender: sesiones celebradas que cada miembro dirigió y a las que asistió como participante</translation>
    </message>
    <message>
        <source>Shout-outs</source>
        <translation>Reconocimientos</translation>
    </message>
    <message>
        <source>Shout-out for</source>
        <translation>Reconocimiento para</translation>
    </message>
    <message>
        <source>Shout-out</source>
        <translation>Reconocimiento</translation>
    </message>
    <message>
        <source>What did they do that others should know about?</source>
        <translation>¿Qué hizo esta persona que los demás deberían saber?</translation>
    </message>
    <message>
        <source>Add shou&amp;t-out</source>
        <translation>Añadir reco&amp;nocimiento</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Print &amp;learning record...</source>
        <translation>Imprimir registro de aprendi&amp;zaje...</translation>
    </message>
    <message>
        <source>Learning record for</source>
        <translation>Registro de aprendizaje de</translation>
    </message>
    <message>
        <source>&lt;b&gt;Top contributors&lt;/b&gt; (held sessions)</source>
        <translation>&lt;b&gt;Principales colaboradores&lt;/b&gt; (sesiones celebradas)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Teach/learn balance&lt;/b&gt; (members)</source>
        <translation>&lt;b&gt;Equilibrio enseñar/aprender&lt;/b&gt; (miembros)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Shout-outs&lt;/b&gt;: they go in the leadership report</source>
        <translation>&lt;b&gt;Reconocimientos&lt;/b&gt;: se incluyen en el informe para la dirección</translation>
    </message>
    <message>
        <source>The team</source>
        <translation>El equipo</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>Session to record</source>
        <translation>Sesión que registrar</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>One row per invitee: Space marks present, 1 to 5 rates, 0 clears the rating</source>
        <translation>Una fila por invitado: Espacio marca la presencia, de 1 a 5 valora, 0 borra la valoración</translation>
    </message>
    <message>
        <source>Who was invited and who came. Space marks a person present or absent; typing 1 to 5 rates the session for them (and marks them present) and moves down; 0 clears the rating. Type in the answer and commitment columns to edit them. Walk-ins are added below the table.</source>
        <translation>Quién estaba invitado y quién asistió. Espacio marca a una persona como presente o ausente; al escribir de 1 a 5 se registra su valoración de la sesión (y se marca como presente) y se pasa a la fila siguiente; 0 borra la valoración. Escriba en las columnas de respuesta y compromiso para editarlas. Los asistentes sin invitación se añaden debajo de la tabla.</translation>
    </message>
    <message>
        <source>Walk-in to add</source>
        <translation>Asistente sin invitación que añadir</translation>
    </message>
    <message>
        <source>Choose someone who came uninvited</source>
        <translation>Elija a alguien que asistió sin invitación</translation>
    </message>
    <message>
        <source>Add &amp;walk-in</source>
        <translation>Aña&amp;dir asistente sin invitación</translation>
    </message>
    <message>
        <source>Facilitator&apos;s notes and key points</source>
        <translation>Notas y puntos clave del facilitador</translation>
    </message>
    <message>
        <source>as planned</source>
        <translation>según lo previsto</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Session was hel&amp;d</source>
        <translation>La sesión se cele&amp;bró</translation>
    </message>
    <message>
        <source>Sess&amp;ion:</source>
        <translation>&amp;Sesión:</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>Recording lin&amp;k</source>
        <translation>Enlace de la &amp;grabación</translation>
    </message>
    <message>
        <source>Ac&amp;tual length</source>
        <translation>D&amp;uración real</translation>
    </message>
    <message>
        <source>Keyboard: type a rating 1-5 on each row (it marks the person present and moves down), Space toggles present, 0 clears the rating, type in the answer and commitment columns to edit them.</source>
        <translation>Teclado: escriba una valoración de 1 a 5 en cada fila (marca a la persona como presente y pasa a la siguiente), Espacio cambia la presencia, 0 borra la valoración; escriba en las columnas de respuesta y compromiso para editarlas.</translation>
    </message>
    <message>
        <source>led by {0}</source>
        <translation>dirigida por {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Report back&lt;/b&gt; on last time&apos;s commitments: </source>
        <translation>&lt;b&gt;Informar&lt;/b&gt; sobre los compromisos de la sesión anterior: </translation>
    </message>
    <message>
        <source>No sessions to record yet: plan a pilot with Schedule &gt; New Pilot (Ctrl+Shift+P), then come back here after its first session.</source>
        <translation>Todavía no hay sesiones que registrar: planifique un piloto con Calendario &gt; Nuevo piloto (Ctrl+Shift+P) y vuelva aquí después de su primera sesión.</translation>
    </message>
    <message>
        <source>{0} of {1} present, {2} rated</source>
        <translation>{0} de {1} presentes, {2} valoraciones</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Leadership Report</source>
        <translation>Informe para la dirección</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Text to paste</source>
        <translation>Texto para pegar</translation>
    </message>
    <message>
        <source>Preview or text</source>
        <translation>Vista previa o texto</translation>
    </message>
    <message>
        <source>&amp;Save...</source>
        <translation>&amp;Guardar...</translation>
    </message>
    <message>
        <source>&amp;Copy Text</source>
        <translation>&amp;Copiar texto</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>&amp;Programa</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Semana</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Formato</translation>
    </message>
    <message>
        <source>Week {0}</source>
        <translation>Semana {0}</translation>
    </message>
    <message>
        <source>Week {0} (running: a draft)</source>
        <translation>Semana {0} (en curso: un borrador)</translation>
    </message>
    <message>
        <source>No week of this program has begun yet: there is nothing to report.</source>
        <translation>Todavía no ha comenzado ninguna semana de este programa: no hay nada de que informar.</translation>
    </message>
    <message>
        <source>Week {0} is not over yet: the report is marked DRAFT on every page.</source>
        <translation>La semana {0} todavía no ha terminado: el informe lleva la marca BORRADOR en todas las páginas.</translation>
    </message>
    <message>
        <source>Week {0} is complete.</source>
        <translation>La semana {0} está completa.</translation>
    </message>
    <message>
        <source>PDF (to print or attach)</source>
        <translation>PDF (para imprimir o adjuntar)</translation>
    </message>
    <message>
        <source>HTML (a web page)</source>
        <translation>HTML (una página web)</translation>
    </message>
    <message>
        <source>Markdown (Confluence, Notion, Teams)</source>
        <translation>Markdown (Confluence, Notion, Teams)</translation>
    </message>
    <message>
        <source>Slack (no tables)</source>
        <translation>Slack (sin tablas)</translation>
    </message>
</context>
<context>
    <name>RiskPanel</name>
    <message>
        <source>Knowledge at risk: a skill only one active person holds at level 3 (advanced) or more - if they leave, it leaves with them - and a skill several people want that nobody teaches.</source>
        <translation>Conocimiento en riesgo: una habilidad que solo una persona activa tiene en el nivel 3 (avanzado) o superior (si esa persona se va, la habilidad se va con ella) y una habilidad que varias personas quieren aprender y nadie enseña.</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Habilidad</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Siguiente paso</translation>
    </message>
    <message>
        <source>Knowledge at risk</source>
        <translation>Conocimiento en riesgo</translation>
    </message>
    <message>
        <source>The truck factor (Avelino et al.): how many of the people holding the most skills could leave before more than half the skills held at level 3+ have nobody left. The arrows show how many skills stay covered as each one leaves.</source>
        <translation>El factor camión (Avelino et al.): cuántas de las personas con más habilidades podrían irse antes de que más de la mitad de las habilidades de nivel 3 o superior se queden sin nadie. Las flechas muestran cuántas habilidades siguen cubiertas a medida que se va cada una.</translation>
    </message>
    <message>
        <source>What if this person leaves?</source>
        <translation>¿Qué pasa si esta persona se va?</translation>
    </message>
    <message>
        <source>When skills held by one person get a second holder</source>
        <translation>Cuándo tendrán una segunda persona las habilidades que solo tiene una</translation>
    </message>
    <message>
        <source>For each skill only one active person holds at level 3 or more: who shadows them on it (their first planned or held shadow shift on the skill) and when a second holder is expected, that day plus the time-to-competency your newest pilot measured.</source>
        <translation>Para cada habilidad que solo una persona activa tiene en el nivel 3 o superior: quién la acompaña en ella (su primer turno de observación previsto o celebrado sobre esa habilidad) y cuándo se espera una segunda persona con ella: ese día más el tiempo hasta la competencia que midió su piloto más reciente.</translation>
    </message>
    <message>
        <source>&amp;What if this person leaves?</source>
        <translation>¿Qué pasa si es&amp;ta persona se va?</translation>
    </message>
    <message>
        <source>(choose someone)</source>
        <translation>(elija a alguien)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Knowledge at risk&lt;/b&gt; ({0}, among %n active person(s) shown)</source>
        <translation>
            <numerusform>&lt;b&gt;Conocimiento en riesgo&lt;/b&gt; ({0}, entre %n persona activa mostrada)</numerusform>
            <numerusform>&lt;b&gt;Conocimiento en riesgo&lt;/b&gt; ({0}, entre %n personas activas mostradas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing at risk: every skill held at level {0} or more has at least two holders, and every skill several people want has a teacher.</source>
        <translation>Nada en riesgo: cada habilidad de nivel {0} o superior la tienen al menos dos personas, y cada habilidad que quieren varias personas tiene quien la enseñe.</translation>
    </message>
    <message>
        <source>No active people shown: clear the search or filters to see the risks.</source>
        <translation>No se muestra ninguna persona activa: borre la búsqueda o los filtros para ver los riesgos.</translation>
    </message>
    <message>
        <source>only {0} holds it at level {1}+</source>
        <translation>solo {0} la tiene en el nivel {1} o superior</translation>
    </message>
    <message>
        <source>nobody teaches it</source>
        <translation>nadie la enseña</translation>
    </message>
    <message>
        <source>; wanted by {0}</source>
        <translation>; la quieren {0}</translation>
    </message>
    <message>
        <source> and {0} more</source>
        <translation> y {0} más</translation>
    </message>
    <message>
        <source>Opens New Pilot with this prepared; nothing is saved until you create it</source>
        <translation>Abre Nuevo piloto con esto preparado; no se guarda nada hasta que lo cree</translation>
    </message>
</context>
<context>
    <name>RosterController</name>
    <message>
        <source>Delete {0} from the roster?</source>
        <translation>¿Eliminar a {0} de la lista del equipo?</translation>
    </message>
    <message>
        <source>Delete these {0} people from the roster?
{1}</source>
        <translation>¿Eliminar a estas {0} personas de la lista del equipo?
{1}</translation>
    </message>
    <message>
        <source>Edit &gt; Undo brings them back. Deactivate keeps them but leaves them out of matching.</source>
        <translation>Edición &gt; Deshacer las recupera. Desactivar las conserva, pero las deja fuera de los emparejamientos.</translation>
    </message>
    <message>
        <source>Delete people</source>
        <translation>Eliminar personas</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Import Roster CSV</source>
        <translation>Importar lista del equipo (CSV)</translation>
    </message>
    <message>
        <source>The import of {0}</source>
        <translation>La importación de {0}</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported</source>
        <translation>Importación cancelada; no se ha importado nada</translation>
    </message>
    <message>
        <source>Imported {0}: {1}</source>
        <translation>Se ha importado {0}: {1}</translation>
    </message>
    <message>
        <source>Export Roster CSV</source>
        <translation>Exportar lista del equipo (CSV)</translation>
    </message>
    <message>
        <source>{0} was not written: {1}</source>
        <translation>No se ha escrito {0}: {1}</translation>
    </message>
    <message>
        <source>Wrote {0} to {1}</source>
        <translation>Escrito en {1}: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RosterTab</name>
    <message>
        <source>Search name, email, role, team or skill</source>
        <translation>Buscar nombre, correo, puesto, equipo o habilidad</translation>
    </message>
    <message>
        <source>Search the roster</source>
        <translation>Buscar en la lista del equipo</translation>
    </message>
    <message>
        <source>Filter by team</source>
        <translation>Filtrar por equipo</translation>
    </message>
    <message>
        <source>Filter by role</source>
        <translation>Filtrar por puesto</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Skill gaps compare what active people teach with what they want to learn: skills wanted that nobody teaches, who could teach each wanted skill (best first), and skills taught that nobody wants.</source>
        <translation>Las brechas de habilidades comparan lo que enseñan las personas activas con lo que quieren aprender: habilidades deseadas que nadie enseña, quién podría enseñar cada habilidad deseada (los mejores primero) y habilidades que se enseñan pero nadie quiere.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Skill gaps&lt;/b&gt; (active people)</source>
        <translation>&lt;b&gt;Brechas de habilidades&lt;/b&gt; (personas activas)</translation>
    </message>
    <message>
        <source>Roster view</source>
        <translation>Vista del equipo</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personas</translation>
    </message>
    <message>
        <source>Skills &amp;matrix</source>
        <translation>&amp;Matriz de habilidades</translation>
    </message>
    <message>
        <source>The people table: contact, role, team and skills</source>
        <translation>La tabla de personas: contacto, puesto, equipo y habilidades</translation>
    </message>
    <message>
        <source>People as rows, skills as columns, coloured by level; knowledge at risk above</source>
        <translation>Personas en filas, habilidades en columnas, coloreadas por nivel; arriba, el conocimiento en riesgo</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Equipo:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Puesto:</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No one on the roster yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Bring in your team with &lt;b&gt;File &amp;gt; Import Roster CSV&lt;/b&gt; (Ctrl+I; File &amp;gt; Open Templates Folder has a template), or add people one by one with &lt;b&gt;Roster &amp;gt; Add Person&lt;/b&gt; (Ctrl+Shift+A). To look around first, open the demo with &lt;b&gt;Help &amp;gt; Open Demo&lt;/b&gt;: a made-up team in a copy of its own.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Todavía no hay nadie en la lista del equipo.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Incorpore a su equipo con &lt;b&gt;Archivo &amp;gt; Importar lista del equipo (CSV)&lt;/b&gt; (Ctrl+I; en Archivo &amp;gt; Abrir carpeta de plantillas hay una plantilla) o añada personas una a una con &lt;b&gt;Equipo &amp;gt; Añadir persona&lt;/b&gt; (Ctrl+Shift+A). Para echar un vistazo primero, abra la demostración con &lt;b&gt;Ayuda &amp;gt; Abrir demostración&lt;/b&gt;: un equipo ficticio en una copia independiente.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Todos los equipos</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Todos los puestos</translation>
    </message>
    <message>
        <source>Loading...</source>
        <translation>Cargando...</translation>
    </message>
    <message>
        <source>the search “{0}”</source>
        <translation>la búsqueda «{0}»</translation>
    </message>
    <message>
        <source>team {0}</source>
        <translation>el equipo {0}</translation>
    </message>
    <message>
        <source>role {0}</source>
        <translation>el puesto {0}</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No one matches {0}.&lt;/b&gt; Clear the search box or choose All teams and All roles to see everyone; search looks at names, emails, roles, teams and skills, and every word must match.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Nadie coincide con {0}.&lt;/b&gt; Borre el cuadro de búsqueda o elija Todos los equipos y Todos los puestos para ver a todo el mundo; la búsqueda examina nombres, correos, puestos, equipos y habilidades, y deben coincidir todas las palabras.&lt;/p&gt;</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} de {1}</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleController</name>
    <message>
        <source>Edit Program</source>
        <translation>Editar programa</translation>
    </message>
    <message>
        <source>There is no program yet.</source>
        <translation>Todavía no hay ningún programa.</translation>
    </message>
    <message>
        <source>Match Peers</source>
        <translation>Emparejar compañeros</translation>
    </message>
    <message>
        <source>Matching works on a program&apos;s members: create a pilot first.</source>
        <translation>El emparejamiento se hace con los miembros de un programa: cree primero un piloto.</translation>
    </message>
    <message>
        <source>Added {0} to {1}</source>
        <translation>Añadido a {1}: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a session first (click a block or a row).</source>
        <translation>Seleccione primero una sesión (haga clic en un bloque o en una fila).</translation>
    </message>
    <message>
        <source>Add Session</source>
        <translation>Añadir sesión</translation>
    </message>
    <message>
        <source>Create a pilot first (Schedule &gt; New Pilot).</source>
        <translation>Cree primero un piloto (Calendario &gt; Nuevo piloto).</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nueva sesión</translation>
    </message>
    <message>
        <source>Move Session</source>
        <translation>Mover sesión</translation>
    </message>
    <message>
        <source>No planned weekly sessions from here on.</source>
        <translation>No hay sesiones semanales planificadas a partir de aquí.</translation>
    </message>
    <message>
        <source>Cancel the rest of the series</source>
        <translation>Cancelar el resto de la serie</translation>
    </message>
    <message>
        <source>Cancel sessions</source>
        <translation>Cancelar sesiones</translation>
    </message>
    <message>
        <source>Cancel {0} from {1} on? Export invites afterwards so attendees&apos; calendars remove them.</source>
        <translation>¿Cancelar {0} a partir de {1}? Después, exporte las invitaciones para que desaparezcan de los calendarios de los asistentes.</translation>
    </message>
    <message>
        <source>Added free time to {0}: {1}</source>
        <translation>Tiempo libre añadido para {0}: {1}</translation>
    </message>
    <message numerus="yes">
        <source>%n planned session(s)</source>
        <translation>
            <numerusform>%n sesión planificada</numerusform>
            <numerusform>%n sesiones planificadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete {0} ({1})? This removes {2}.</source>
        <translation>¿Eliminar {0} ({1})? Esto elimina {2}.</translation>
    </message>
    <message>
        <source>Delete Session</source>
        <translation>Eliminar sesión</translation>
    </message>
    <message>
        <source>There is no program to delete.</source>
        <translation>No hay ningún programa que eliminar.</translation>
    </message>
    <message>
        <source>Choose the program in the Schedule tab&apos;s Program filter (or select one of its sessions) first.</source>
        <translation>Elija primero el programa en el filtro Programa de la pestaña Calendario (o seleccione una de sus sesiones).</translation>
    </message>
    <message>
        <source>Delete Program</source>
        <translation>Eliminar programa</translation>
    </message>
    <message>
        <source>Delete the program “{0}”? This removes {1}.</source>
        <translation>¿Eliminar el programa «{0}»? Esto elimina {1}.</translation>
    </message>
    <message>
        <source>Write cancellations for the {0} still to come</source>
        <translation>Escribir las cancelaciones de lo que está por llegar ({0})</translation>
    </message>
    <message>
        <source>Edit &gt; Undo brings everything back.</source>
        <translation>Edición &gt; Deshacer lo recupera todo.</translation>
    </message>
    <message>
        <source>Invites were sent for {0}: cancellations written into {1} make attendees&apos; calendars drop them.</source>
        <translation>Se enviaron invitaciones para {0}: las cancelaciones escritas en {1} hacen que desaparezcan de los calendarios de los asistentes.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Could not write the cancellations, so nothing was deleted: {0}</source>
        <translation>No se han podido escribir las cancelaciones, así que no se ha eliminado nada: {0}</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>program {0}</source>
        <translation>programa {0}</translation>
    </message>
    <message>
        <source>Deleted {0}: {1}</source>
        <translation>Se ha eliminado {0}: {1}</translation>
    </message>
    <message>
        <source>; wrote {0} to {1}</source>
        <translation>; se ha escrito {0} en {1}</translation>
    </message>
    <message numerus="yes">
        <source>%n cancellation file(s)</source>
        <translation>
            <numerusform>%n archivo de cancelación</numerusform>
            <numerusform>%n archivos de cancelación</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Replies</source>
        <translation>Importar respuestas</translation>
    </message>
    <message>
        <source>{0}. Left out:</source>
        <translation>{0}. Se han omitido:</translation>
    </message>
    <message>
        <source>Export Invites</source>
        <translation>Exportar invitaciones</translation>
    </message>
    <message>
        <source>There is no program to export yet.</source>
        <translation>Todavía no hay ningún programa que exportar.</translation>
    </message>
</context>
<context>
    <name>ScheduleTab</name>
    <message>
        <source>Filter by program</source>
        <translation>Filtrar por programa</translation>
    </message>
    <message>
        <source>Filter by person</source>
        <translation>Filtrar por persona</translation>
    </message>
    <message>
        <source>Filter by format</source>
        <translation>Filtrar por formato</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrar por estado</translation>
    </message>
    <message>
        <source>Program:</source>
        <translation>Programa:</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Persona:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Week or list of sessions</source>
        <translation>Semana o lista de sesiones</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Semana</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>Lis&amp;ta</translation>
    </message>
    <message>
        <source>&lt;b&gt;No sessions yet.&lt;/b&gt; Plan a pilot with &lt;b&gt;New Pilot&lt;/b&gt; (Ctrl+Shift+P): weekly sessions of one format for 6-8 weeks. &lt;b&gt;Match Peers&lt;/b&gt; (Ctrl+M) then pairs its members; &lt;b&gt;Add One-off Session&lt;/b&gt; (Ctrl+Shift+O) adds a single meeting.</source>
        <translation>&lt;b&gt;Todavía no hay sesiones.&lt;/b&gt; Planifique un piloto con &lt;b&gt;Nuevo piloto&lt;/b&gt; (Ctrl+Shift+P): sesiones semanales de un formato durante 6-8 semanas. Después, &lt;b&gt;Emparejar compañeros&lt;/b&gt; (Ctrl+M) empareja a sus miembros; &lt;b&gt;Añadir sesión puntual&lt;/b&gt; (Ctrl+Shift+O) añade una única reunión.</translation>
    </message>
    <message>
        <source>All programs</source>
        <translation>Todos los programas</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>All formats</source>
        <translation>Todos los formatos</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>times in {0}</source>
        <translation>horas en {0}</translation>
    </message>
    <message>
        <source>⚠ {0} with warnings; hover a block or see the Warnings column.</source>
        <translation>⚠ {0} con advertencias; sitúe el puntero sobre un bloque o consulte la columna Advertencias.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>New Session</source>
        <translation>Nueva sesión</translation>
    </message>
    <message>
        <source>{0} ({1} min)</source>
        <translation>{0} ({1} min)</translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation>Duración en minutos</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Añadir persona</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Pro&amp;gram</source>
        <translation>&amp;Programa</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Formato</translation>
    </message>
    <message>
        <source>Top&amp;ic</source>
        <translation>T&amp;ema</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Cuándo</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Lugar</translation>
    </message>
    <message>
        <source>&amp;Video link</source>
        <translation>Enlace de &amp;vídeo</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>E&amp;stado</translation>
    </message>
    <message>
        <source>&amp;Recording</source>
        <translation>&amp;Grabación</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Imprimir...</translation>
    </message>
    <message>
        <source>Agenda, sign-in sheet, feedback form or follow-up for this session</source>
        <translation>Orden del día, hoja de asistencia, formulario de comentarios o seguimiento de esta sesión</translation>
    </message>
    <message>
        <source>&lt;b&gt;People&lt;/b&gt; (ticked people are invited; the program&apos;s members first)</source>
        <translation>&lt;b&gt;Personas&lt;/b&gt; (se invita a las personas marcadas; primero, los miembros del programa)</translation>
    </message>
    <message>
        <source>Le&amp;d by</source>
        <translation>&amp;Dirigida por</translation>
    </message>
    <message>
        <source>&lt;b&gt;People&lt;/b&gt; (facilitators lead; observers shadow)</source>
        <translation>&lt;b&gt;Personas&lt;/b&gt; (los facilitadores dirigen; los observadores acompañan)</translation>
    </message>
    <message>
        <source>&lt;b&gt;S&amp;uggested times&lt;/b&gt; (best first; click one to use it)</source>
        <translation>&lt;b&gt;Horarios s&amp;ugeridos&lt;/b&gt; (los mejores primero; haga clic en uno para usarlo)</translation>
    </message>
    <message>
        <source>Suggested times, best first</source>
        <translation>Horarios sugeridos, los mejores primero</translation>
    </message>
    <message>
        <source>People in this session</source>
        <translation>Personas de esta sesión</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(todavía nadie)</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(elegir)</translation>
    </message>
    <message>
        <source>A session needs a title.</source>
        <translation>Una sesión necesita un título.</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Led by</source>
        <translation>Dirigida por</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
</context>
<context>
    <name>ShortcutsWindow</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menú</translation>
    </message>
</context>
<context>
    <name>SkillGapPanel</name>
    <message>
        <source>Skill</source>
        <translation>Habilidad</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Skill gaps</source>
        <translation>Brechas de habilidades</translation>
    </message>
    <message>
        <source>Wanted, nobody teaches ({0})</source>
        <translation>Deseadas, nadie las enseña ({0})</translation>
    </message>
    <message>
        <source>wanted by {0}</source>
        <translation>la quieren {0}</translation>
    </message>
    <message>
        <source>Who could teach what is wanted ({0})</source>
        <translation>Quién podría enseñar lo que se desea ({0})</translation>
    </message>
    <message>
        <source>Taught, nobody wants ({0})</source>
        <translation>Se enseñan, nadie las quiere ({0})</translation>
    </message>
</context>
<context>
    <name>SkillListEditor</name>
    <message>
        <source>Skill</source>
        <translation>Habilidad</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Skill name</source>
        <translation>Nombre de la habilidad</translation>
    </message>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
</context>
<context>
    <name>SkillsDialog</name>
    <message>
        <source>Skills</source>
        <translation>Habilidades</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Habilidad</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>Enseñan</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Aprenden</translation>
    </message>
    <message>
        <source>Double-click a name to rename it. Renaming a skill to the name of another merges the two. Edit &gt; Undo reverses either.</source>
        <translation>Haga doble clic en un nombre para cambiarlo. Si cambia el nombre de una habilidad por el de otra, las dos se fusionan. Edición &gt; Deshacer revierte cualquiera de las dos acciones.</translation>
    </message>
</context>
<context>
    <name>SkillsMatrixView</name>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>team</source>
        <translation>equipo</translation>
    </message>
    <message>
        <source>role</source>
        <translation>puesto</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>category</source>
        <translation>categoría</translation>
    </message>
    <message>
        <source>&amp;Group people by:</source>
        <translation>A&amp;grupar personas por:</translation>
    </message>
    <message>
        <source>Order s&amp;kills by:</source>
        <translation>Orde&amp;nar habilidades por:</translation>
    </message>
    <message>
        <source>E&amp;xport Matrix...</source>
        <translation>E&amp;xportar matriz...</translation>
    </message>
    <message>
        <source>Save the matrix as .xlsx (Excel), .csv or .pdf</source>
        <translation>Guardar la matriz como .xlsx (Excel), .csv o .pdf</translation>
    </message>
    <message>
        <source>Pri&amp;nt Matrix...</source>
        <translation>Imprimir matri&amp;z...</translation>
    </message>
    <message>
        <source>Landscape pages with the names and skills repeated, and a legend</source>
        <translation>Páginas apaisadas con los nombres y las habilidades repetidos y una leyenda</translation>
    </message>
    <message>
        <source>Skills matrix</source>
        <translation>Matriz de habilidades</translation>
    </message>
    <message>
        <source>Each cell is a person&apos;s level in a skill: 0 aware, 1 beginner, 2 practitioner, 3 advanced, 4 expert (darker is higher). An amber ◆ marks a skill the person wants to learn, with the level they aim for. Hover a cell for its words.</source>
        <translation>Cada celda es el nivel de una persona en una habilidad: 0 conoce, 1 principiante, 2 practicante, 3 avanzado, 4 experto (más oscuro es más alto). Un ◆ ámbar marca una habilidad que la persona quiere aprender, con el nivel al que aspira. Sitúe el puntero sobre una celda para ver su descripción.</translation>
    </message>
    <message>
        <source>Click a skill to order people by their level in it; click again for names</source>
        <translation>Haga clic en una habilidad para ordenar a las personas por su nivel en ella; vuelva a hacer clic para ordenar por nombre</translation>
    </message>
    <message>
        <source>wants to learn, target N</source>
        <translation>quiere aprender, objetivo N</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No one to show.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Clear the search or choose All teams and All roles.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;No hay nadie que mostrar.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Borre la búsqueda o elija Todos los equipos y Todos los puestos.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No skills yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Open a person (F2) and add what they teach and want to learn, or import a roster CSV with &lt;i&gt;teaches&lt;/i&gt; and &lt;i&gt;wants&lt;/i&gt; columns (File &amp;gt; Import Roster CSV).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Todavía no hay habilidades.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Abra una persona (F2) y añada lo que enseña y lo que quiere aprender, o importe un CSV de la lista del equipo con las columnas &lt;i&gt;teaches&lt;/i&gt; y &lt;i&gt;wants&lt;/i&gt; (Archivo &amp;gt; Importar lista del equipo (CSV)).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>SkipDialog</name>
    <message>
        <source>Skips This Round</source>
        <translation>Se saltan esta ronda</translation>
    </message>
    <message>
        <source>Members who skip this round</source>
        <translation>Miembros que se saltan esta ronda</translation>
    </message>
    <message>
        <source>Tick who sits this round out. The run leaves them out.</source>
        <translation>Marque quién se salta esta ronda. La ejecución los deja fuera.</translation>
    </message>
</context>
<context>
    <name>TimezoneField</name>
    <message>
        <source>City, country or abbreviation, e.g. Berlin, Japan, PST</source>
        <translation>Ciudad, país o abreviatura, p. ej., Madrid, Japón, PST</translation>
    </message>
    <message>
        <source>The timezone, as region and city, e.g. Europe/Berlin. Type a city, a country or an abbreviation (CET, PST) and pick from the list.</source>
        <translation>La zona horaria, como región y ciudad, p. ej., Europe/Madrid. Escriba una ciudad, un país o una abreviatura (CET, PST) y elija en la lista.</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>Sessions of the week. Arrow keys move between sessions, Enter opens one.</source>
        <translation>Sesiones de la semana. Las teclas de flecha permiten moverse entre sesiones; Intro abre una.</translation>
    </message>
    <message>
        <source>The week&apos;s sessions by day and time, in your timezone. A red edge and a warning mark show a conflict. Drag a block to move it, or Tab here, move between sessions with the arrow keys (Home and End: first and last) and press Enter to open one.</source>
        <translation>Las sesiones de la semana por día y hora, en su zona horaria. Un borde rojo y una señal de advertencia indican un conflicto. Arrastre un bloque para moverlo, o llegue aquí con Tab, desplácese entre sesiones con las teclas de flecha (Inicio y Fin: primera y última) y pulse Intro para abrir una.</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n más</numerusform>
            <numerusform>+%n más</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} in {1}</source>
        <translation>{0} en {1}</translation>
    </message>
    <message>
        <source>led by {0}</source>
        <translation>dirigida por {0}</translation>
    </message>
    <message>
        <source>no one leads yet</source>
        <translation>todavía no la dirige nadie</translation>
    </message>
    <message>
        <source>at {0}</source>
        <translation>en {0}</translation>
    </message>
    <message>
        <source>conflict: {0}</source>
        <translation>conflicto: {0}</translation>
    </message>
    <message numerus="yes">
        <source>Week of {0}: %n session(s)</source>
        <translation>
            <numerusform>Semana del {0}: %n sesión</numerusform>
            <numerusform>Semana del {0}: %n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Led by {0}</source>
        <translation>Dirigida por {0}</translation>
    </message>
    <message>
        <source>Status: {0}</source>
        <translation>Estado: {0}</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to PeerDesk</source>
        <translation>Le damos la bienvenida a PeerDesk</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;PeerDesk plans peer-to-peer learning for your team&lt;/b&gt;: who can teach what, matched pairs, a 6-8 week pilot of short weekly sessions, invites, printouts and a report for leadership. Everything stays in one file on this computer.&lt;/p&gt;&lt;p&gt;First, who are you? Invites go out in your name, and your timezone and country decide what “today” and public holidays are. You can change this later in &lt;b&gt;Edit &amp;gt; Preferences&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;PeerDesk planifica el aprendizaje entre pares de su equipo&lt;/b&gt;: quién puede enseñar qué, emparejamientos entre compañeros, un piloto de 6-8 semanas con sesiones semanales cortas, invitaciones, impresiones y un informe para la dirección. Todo se queda en un único archivo en este ordenador.&lt;/p&gt;&lt;p&gt;Primero, ¿quién es usted? Las invitaciones se envían en su nombre, y su zona horaria y su país determinan qué es «hoy» y cuáles son los días festivos. Puede cambiarlo más adelante en &lt;b&gt;Edición &amp;gt; Preferencias&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>the organizer of your pilots&apos; invites</source>
        <translation>el organizador de las invitaciones de sus pilotos</translation>
    </message>
    <message>
        <source>country[-region], e.g. DE-BY, US-CA, GB</source>
        <translation>país[-región], p. ej., ES-MD, DE-BY, GB</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Su &amp;nombre</translation>
    </message>
    <message>
        <source>Your &amp;email</source>
        <translation>Su corr&amp;eo electrónico</translation>
    </message>
    <message>
        <source>Your &amp;timezone</source>
        <translation>Su &amp;zona horaria</translation>
    </message>
    <message>
        <source>Public &amp;holidays</source>
        <translation>&amp;Días festivos</translation>
    </message>
    <message>
        <source>Open the &amp;Demo</source>
        <translation>Abrir la de&amp;mostración</translation>
    </message>
    <message>
        <source>A made-up team three weeks into a pilot, in a copy of its own</source>
        <translation>Un equipo ficticio con tres semanas de piloto, en una copia independiente</translation>
    </message>
    <message>
        <source>&amp;Import My Roster...</source>
        <translation>&amp;Importar mi lista del equipo...</translation>
    </message>
    <message>
        <source>A CSV file with a name and an email per row (File &gt; Open Templates Folder has a template)</source>
        <translation>Un archivo CSV con un nombre y un correo electrónico por fila (en Archivo &gt; Abrir carpeta de plantillas hay una plantilla)</translation>
    </message>
    <message>
        <source>&amp;Start Empty</source>
        <translation>Empezar en &amp;blanco</translation>
    </message>
    <message>
        <source>Add people one by one with Roster &gt; Add Person</source>
        <translation>Añada personas una a una con Equipo &gt; Añadir persona</translation>
    </message>
</context>
<context>
    <name>WindowContext</name>
    <message>
        <source>{0} was not saved: {1}. It is not on the undo list; everything before it is safe.</source>
        <translation>No se ha guardado {0}: {1}. No figura en la lista de deshacer; todo lo anterior está a salvo.</translation>
    </message>
</context>
<context>
    <name>_Counted</name>
    <message numerus="yes">
        <source>{0} and %n more</source>
        <translation>
            <numerusform>{0} y %n más</numerusform>
            <numerusform>{0} y %n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_TypedDates</name>
    <message>
        <source>“{text}” is not a date PeerDesk can read: type it as {example} (the day name may be left out).</source>
        <translation>«{text}» no es una fecha que PeerDesk pueda leer: escríbala como {example} (se puede omitir el nombre del día).</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;New Workspace...</source>
        <translation>&amp;Nuevo espacio de trabajo...</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Create an empty workspace file</source>
        <translation>Crear un archivo de espacio de trabajo vacío</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;Abrir...</translation>
    </message>
    <message>
        <source>Open another workspace file</source>
        <translation>Abrir otro archivo de espacio de trabajo</translation>
    </message>
    <message>
        <source>Save a &amp;Copy...</source>
        <translation>&amp;Guardar una copia...</translation>
    </message>
    <message>
        <source>Write a consistent backup copy of this workspace</source>
        <translation>Escribir una copia de seguridad coherente de este espacio de trabajo</translation>
    </message>
    <message>
        <source>&amp;Import Roster CSV...</source>
        <translation>&amp;Importar lista del equipo (CSV)...</translation>
    </message>
    <message>
        <source>Add or update people from a CSV file</source>
        <translation>Añadir o actualizar personas desde un archivo CSV</translation>
    </message>
    <message>
        <source>&amp;Export Roster CSV...</source>
        <translation>E&amp;xportar lista del equipo (CSV)...</translation>
    </message>
    <message>
        <source>Write the roster as a CSV file</source>
        <translation>Escribir la lista del equipo como archivo CSV</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>Im&amp;primir...</translation>
    </message>
    <message>
        <source>Agendas, facilitator guides, sign-in sheets, feedback forms, handouts</source>
        <translation>Órdenes del día, guías del facilitador, hojas de asistencia, formularios de comentarios, materiales</translation>
    </message>
    <message>
        <source>Open &amp;Templates Folder</source>
        <translation>Abrir carpeta de p&amp;lantillas</translation>
    </message>
    <message>
        <source>Your own templates: a file here replaces the built-in one of the same name</source>
        <translation>Sus propias plantillas: un archivo de esta carpeta sustituye a la plantilla predeterminada del mismo nombre</translation>
    </message>
    <message>
        <source>Reset Templates to &amp;Built-in</source>
        <translation>&amp;Restablecer plantillas predeterminadas</translation>
    </message>
    <message>
        <source>Move your own templates aside (kept in a backup folder)</source>
        <translation>Apartar sus propias plantillas (se conservan en una carpeta de copia de seguridad)</translation>
    </message>
    <message>
        <source>Import &amp;Feedback CSV...</source>
        <translation>Importar c&amp;omentarios (CSV)...</translation>
    </message>
    <message>
        <source>Attendance and ratings from a CSV: date,email,attended,rating,answer</source>
        <translation>Asistencia y valoraciones desde un CSV: date,email,attended,rating,answer</translation>
    </message>
    <message>
        <source>Import Replie&amp;s...</source>
        <translation>Importar respues&amp;tas...</translation>
    </message>
    <message>
        <source>Invitees&apos; answers (accepted, declined, tentative) from saved mails, .ics files or a mailbox; you can also drop them on the window</source>
        <translation>Respuestas de los invitados (aceptada, rechazada, provisional) desde correos guardados, archivos .ics o un buzón; también puede soltarlas sobre la ventana</translation>
    </message>
    <message>
        <source>Import Chec&amp;k-ins CSV...</source>
        <translation>Importar re&amp;visiones (CSV)...</translation>
    </message>
    <message>
        <source>Competency check-ins from a spreadsheet: date,email,skill,level,assessor</source>
        <translation>Revisiones del nivel de competencia desde una hoja de cálculo: date,email,skill,level,assessor</translation>
    </message>
    <message>
        <source>&amp;Leadership Report...</source>
        <translation>Informe para la &amp;dirección...</translation>
    </message>
    <message>
        <source>The weekly report for leadership: choose program and week, preview, save or copy</source>
        <translation>El informe semanal para la dirección: elegir programa y semana, vista previa, guardar o copiar</translation>
    </message>
    <message>
        <source>En&amp;d-of-Pilot Report...</source>
        <translation>Informe &amp;final del piloto...</translation>
    </message>
    <message>
        <source>One page after the last session: outcomes, what worked, and your recommendation</source>
        <translation>Una página después de la última sesión: resultados, lo que funcionó y su recomendación</translation>
    </message>
    <message>
        <source>Co&amp;mpare Pilots...</source>
        <translation>Co&amp;mparar pilotos...</translation>
    </message>
    <message>
        <source>Two programs, or a pilot and the time before it, side by side</source>
        <translation>Dos programas, o un piloto y el periodo anterior a él, en paralelo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Close PeerDesk</source>
        <translation>Cerrar PeerDesk</translation>
    </message>
    <message>
        <source>&amp;Add Person...</source>
        <translation>&amp;Añadir persona...</translation>
    </message>
    <message>
        <source>&amp;Roster</source>
        <translation>E&amp;quipo</translation>
    </message>
    <message>
        <source>Add someone to the roster</source>
        <translation>Añadir a alguien a la lista del equipo</translation>
    </message>
    <message>
        <source>&amp;Edit Person...</source>
        <translation>&amp;Editar persona...</translation>
    </message>
    <message>
        <source>Edit the selected person</source>
        <translation>Editar la persona seleccionada</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>Mark the selected people inactive (kept, but left out of matching)</source>
        <translation>Marcar como inactivas a las personas seleccionadas (se conservan, pero quedan fuera de los emparejamientos)</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>&amp;Reactivar</translation>
    </message>
    <message>
        <source>Mark the selected people active again</source>
        <translation>Volver a marcar como activas a las personas seleccionadas</translation>
    </message>
    <message>
        <source>De&amp;lete...</source>
        <translation>E&amp;liminar...</translation>
    </message>
    <message>
        <source>Remove the selected people from the roster</source>
        <translation>Quitar de la lista del equipo a las personas seleccionadas</translation>
    </message>
    <message>
        <source>&amp;Skills...</source>
        <translation>&amp;Habilidades...</translation>
    </message>
    <message>
        <source>Rename, merge and categorise skills</source>
        <translation>Cambiar el nombre de las habilidades, fusionarlas y asignarles categorías</translation>
    </message>
    <message>
        <source>&amp;New Pilot...</source>
        <translation>&amp;Nuevo piloto...</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Calendario</translation>
    </message>
    <message>
        <source>Plan a program of weekly sessions</source>
        <translation>Planificar un programa de sesiones semanales</translation>
    </message>
    <message>
        <source>Edit &amp;Program...</source>
        <translation>Editar &amp;programa...</translation>
    </message>
    <message>
        <source>Change a program&apos;s cadence, members or targets; future sessions follow</source>
        <translation>Cambiar la periodicidad, los miembros o los objetivos de un programa; las sesiones futuras se ajustan</translation>
    </message>
    <message>
        <source>&amp;Formats...</source>
        <translation>&amp;Formatos...</translation>
    </message>
    <message>
        <source>Session formats: lengths, descriptions, agendas</source>
        <translation>Formatos de sesión: duraciones, descripciones, órdenes del día</translation>
    </message>
    <message>
        <source>&amp;Add One-off Session...</source>
        <translation>&amp;Añadir sesión puntual...</translation>
    </message>
    <message>
        <source>Add a session outside the weekly series</source>
        <translation>Añadir una sesión fuera de la serie semanal</translation>
    </message>
    <message>
        <source>&amp;Edit Session...</source>
        <translation>&amp;Editar sesión...</translation>
    </message>
    <message>
        <source>Edit the selected session (or double-click it)</source>
        <translation>Editar la sesión seleccionada (o hacer doble clic en ella)</translation>
    </message>
    <message>
        <source>S&amp;kip This Week</source>
        <translation>&amp;Omitir esta semana</translation>
    </message>
    <message>
        <source>Skip the selected session (a holiday): removed from the series</source>
        <translation>Omitir la sesión seleccionada (un festivo): se quita de la serie</translation>
    </message>
    <message>
        <source>&amp;Cancel Session</source>
        <translation>&amp;Cancelar sesión</translation>
    </message>
    <message>
        <source>Cancel the selected session; attendees get a cancellation</source>
        <translation>Cancelar la sesión seleccionada; los asistentes reciben una cancelación</translation>
    </message>
    <message>
        <source>Cancel the &amp;Rest of the Series</source>
        <translation>Cancelar el &amp;resto de la serie</translation>
    </message>
    <message>
        <source>Cancel the selected session and every later planned one</source>
        <translation>Cancelar la sesión seleccionada y todas las planificadas posteriores</translation>
    </message>
    <message>
        <source>Restore &amp;Session</source>
        <translation>Resta&amp;urar sesión</translation>
    </message>
    <message>
        <source>Plan a skipped or cancelled session again</source>
        <translation>Volver a planificar una sesión omitida o cancelada</translation>
    </message>
    <message>
        <source>&amp;Delete Session...</source>
        <translation>El&amp;iminar sesión...</translation>
    </message>
    <message>
        <source>Delete the selected session with its attendance (undoable); cancellations offered</source>
        <translation>Eliminar la sesión seleccionada con su asistencia (se puede deshacer); se ofrecen cancelaciones</translation>
    </message>
    <message>
        <source>Delete Pr&amp;ogram...</source>
        <translation>Eliminar progra&amp;ma...</translation>
    </message>
    <message>
        <source>Delete a program with its sessions and attendance (undoable); cancellations offered</source>
        <translation>Eliminar un programa con sus sesiones y su asistencia (se puede deshacer); se ofrecen cancelaciones</translation>
    </message>
    <message>
        <source>E&amp;xport Invites...</source>
        <translation>E&amp;xportar invitaciones...</translation>
    </message>
    <message>
        <source>Write calendar invites (.ics) and email drafts</source>
        <translation>Escribir invitaciones de calendario (.ics) y borradores de correo</translation>
    </message>
    <message>
        <source>Export Session &amp;Invite...</source>
        <translation>Exportar in&amp;vitación de la sesión...</translation>
    </message>
    <message>
        <source>Write the invitation (or cancellation) of the selected session only</source>
        <translation>Escribir solo la invitación (o la cancelación) de la sesión seleccionada</translation>
    </message>
    <message>
        <source>Publish to Ca&amp;lendar...</source>
        <translation>Publicar en el ca&amp;lendario...</translation>
    </message>
    <message>
        <source>Publish a program to a shared calendar server (CalDAV) and keep it in step with every change</source>
        <translation>Publicar un programa en un servidor de calendario compartido (CalDAV) y mantenerlo al día con cada cambio</translation>
    </message>
    <message>
        <source>Pre&amp;vious Week</source>
        <translation>Semana an&amp;terior</translation>
    </message>
    <message>
        <source>Show the week before</source>
        <translation>Mostrar la semana anterior</translation>
    </message>
    <message>
        <source>Next &amp;Week</source>
        <translation>Semana si&amp;guiente</translation>
    </message>
    <message>
        <source>Show the week after</source>
        <translation>Mostrar la semana siguiente</translation>
    </message>
    <message>
        <source>&amp;This Week</source>
        <translation>E&amp;sta semana</translation>
    </message>
    <message>
        <source>Show this week</source>
        <translation>Mostrar esta semana</translation>
    </message>
    <message>
        <source>&amp;Match Peers...</source>
        <translation>E&amp;mparejar compañeros...</translation>
    </message>
    <message>
        <source>Pair people, group pods or pick mentors, with reasons; review before applying</source>
        <translation>Formar parejas o grupos, o elegir mentores, con los motivos; revisar antes de aplicar</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Search the roster</source>
        <translation>Buscar en la lista del equipo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Show the Roster tab</source>
        <translation>Mostrar la pestaña Equipo</translation>
    </message>
    <message>
        <source>S&amp;kills Matrix</source>
        <translation>&amp;Matriz de habilidades</translation>
    </message>
    <message>
        <source>People as rows, skills as columns, with the knowledge at risk</source>
        <translation>Personas en filas, habilidades en columnas, con el conocimiento en riesgo</translation>
    </message>
    <message>
        <source>Show the Schedule tab</source>
        <translation>Mostrar la pestaña Calendario</translation>
    </message>
    <message>
        <source>&amp;Feedback</source>
        <translation>C&amp;omentarios</translation>
    </message>
    <message>
        <source>Show the Feedback tab</source>
        <translation>Mostrar la pestaña Comentarios</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>The guide for team leads, offline</source>
        <translation>La guía para responsables de equipo, sin conexión</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>A&amp;tajos de teclado</translation>
    </message>
    <message>
        <source>Every keyboard shortcut, from the menus</source>
        <translation>Todos los atajos de teclado de los menús</translation>
    </message>
    <message>
        <source>&amp;What&apos;s This?</source>
        <translation>¿&amp;Qué es esto?</translation>
    </message>
    <message>
        <source>Click on any part of the window to hear what it is for</source>
        <translation>Hacer clic en cualquier parte de la ventana para saber para qué sirve</translation>
    </message>
    <message>
        <source>Open &amp;Demo</source>
        <translation>Abrir &amp;demostración</translation>
    </message>
    <message>
        <source>A made-up team three weeks into a pilot, in a copy of its own: nothing of yours changes</source>
        <translation>Un equipo ficticio con tres semanas de piloto, en una copia independiente: no cambia nada de lo suyo</translation>
    </message>
    <message>
        <source>Welcome Agai&amp;n...</source>
        <translation>Volver a la &amp;bienvenida...</translation>
    </message>
    <message>
        <source>The first-start questions again: who you are, then the demo, an import or an empty start</source>
        <translation>De nuevo las preguntas del primer inicio: quién es usted y, después, la demostración, una importación o empezar en blanco</translation>
    </message>
    <message>
        <source>&amp;About PeerDesk</source>
        <translation>&amp;Acerca de PeerDesk</translation>
    </message>
    <message>
        <source>Version and where your data lives</source>
        <translation>Versión y dónde se guardan sus datos</translation>
    </message>
    <message>
        <source>Pr&amp;eferences...</source>
        <translation>&amp;Preferencias...</translation>
    </message>
    <message>
        <source>Who I am, my timezone, paper size, working days, week view colours</source>
        <translation>Quién soy, mi zona horaria, tamaño del papel, días laborables, colores de la vista semanal</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Something went wrong: {0}. The last change was not saved; everything before it is safe.</source>
        <translation>Algo ha salido mal: {0}. No se ha guardado el último cambio; todo lo anterior está a salvo.</translation>
    </message>
</context>
<context>
    <name>level</name>
    <message>
        <source>aware</source>
        <translation>conoce</translation>
    </message>
    <message>
        <source>beginner</source>
        <translation>principiante</translation>
    </message>
    <message>
        <source>practitioner</source>
        <translation>practicante</translation>
    </message>
    <message>
        <source>advanced</source>
        <translation>avanzado</translation>
    </message>
    <message>
        <source>expert</source>
        <translation>experto</translation>
    </message>
</context>
<context>
    <name>self.view</name>
    <message>
        <source>Enter opens the session.</source>
        <translation>Intro abre la sesión.</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Some settings could not be read ({0}); they are back to their defaults.</source>
        <translation>No se han podido leer algunos ajustes ({0}); han vuelto a sus valores predeterminados.</translation>
    </message>
    <message>
        <source>The old settings were kept in {0}.</source>
        <translation>Los ajustes anteriores se han conservado en {0}.</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>planned</source>
        <translation>planificada</translation>
    </message>
    <message>
        <source>held</source>
        <translation>celebrada</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitida</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>There is no program yet.</source>
        <translation>Todavía no hay ningún programa.</translation>
    </message>
    <message>
        <source>Leadership Report</source>
        <translation>Informe para la dirección</translation>
    </message>
    <message>
        <source>Wrote the week {0} report to {1}</source>
        <translation>Se ha escrito el informe de la semana {0} en {1}</translation>
    </message>
    <message>
        <source>End-of-Pilot Report</source>
        <translation>Informe final del piloto</translation>
    </message>
    <message>
        <source>Compare Pilots</source>
        <translation>Comparar pilotos</translation>
    </message>
    <message>
        <source>Import Check-ins</source>
        <translation>Importar revisiones</translation>
    </message>
    <message>
        <source>Import Check-ins CSV</source>
        <translation>Importar revisiones (CSV)</translation>
    </message>
    <message>
        <source>{0}: {1}; nothing was imported.</source>
        <translation>{0}: {1}; no se ha importado nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problema</numerusform>
            <numerusform>%n problemas</numerusform>
        </translation>
    </message>
    <message>
        <source>Import check-ins {0}</source>
        <translation>Importar revisiones {0}</translation>
    </message>
    <message>
        <source>Imported {0}: {1}</source>
        <translation>Se ha importado {0}: {1}</translation>
    </message>
    <message>
        <source>Publish to Calendar</source>
        <translation>Publicar en el calendario</translation>
    </message>
    <message>
        <source>There is no program to publish yet.</source>
        <translation>Todavía no hay ningún programa que publicar.</translation>
    </message>
</context>
</TS>
