<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Ask</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to the handout for {name}?</source>
        <translation>¿Guardar los cambios de la hoja de {name}?</translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation>Si no guarda, perderá los cambios.</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <source>Discard what you changed in {what}?</source>
        <translation>¿Descartar lo que cambió en {what}?</translation>
    </message>
    <message>
        <source>Choose Keep editing to go back to it.</source>
        <translation>Elija Seguir editando para volver.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>¿Recuperar el trabajo sin guardar?</translation>
    </message>
    <message>
        <source>Handout Builder closed without saving your last handout ({description}).

Restore it now? If you choose No, it is deleted.</source>
        <translation>Handout Builder se cerró sin guardar su última hoja ({description}).

¿Recuperarla ahora? Si elige No, se borra.</translation>
    </message>
</context>
<context>
    <name>BrowserDialogs</name>
    <message>
        <source>Handout template (*.json)</source>
        <translation>Plantilla de hoja (*.json)</translation>
    </message>
    <message>
        <source>Move &quot;{name}&quot; from the clinic library (for everyone) to the trash?

You can restore it later with Restore from trash.</source>
        <translation>¿Mover «{name}» de la biblioteca de la clínica (para todos) a la papelera?

Puede recuperarla luego con Recuperar de la papelera.</translation>
    </message>
    <message>
        <source>Move &quot;{name}&quot; from My templates to the trash?

You can restore it later with Restore from trash.</source>
        <translation>¿Mover «{name}» de Mis plantillas a la papelera?

Puede recuperarla luego con Recuperar de la papelera.</translation>
    </message>
    <message>
        <source>Delete template?</source>
        <translation>¿Borrar la plantilla?</translation>
    </message>
    <message>
        <source>{name}  ({origin}, deleted {when})</source>
        <translation>{name}  ({origin}, borrada el {when})</translation>
    </message>
    <message>
        <source>Restore from trash</source>
        <translation>Recuperar de la papelera</translation>
    </message>
    <message>
        <source>Template to restore:</source>
        <translation>Plantilla que recuperar:</translation>
    </message>
    <message>
        <source>Export template</source>
        <translation>Exportar plantilla</translation>
    </message>
    <message>
        <source>Import template</source>
        <translation>Importar plantilla</translation>
    </message>
    <message>
        <source>Template already there</source>
        <translation>La plantilla ya existe</translation>
    </message>
    <message>
        <source>You already have &quot;{name}&quot; ({origin}).</source>
        <translation>Ya tiene «{name}» ({origin}).</translation>
    </message>
    <message>
        <source>Import the file as a copy next to it, or replace it?</source>
        <translation>¿Importar el archivo como copia junto a ella, o sustituirla?</translation>
    </message>
    <message>
        <source>Import as copy</source>
        <translation>Importar como copia</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Sustituir</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Cambiado por otra persona</translation>
    </message>
    <message>
        <source>Save as copy</source>
        <translation>Guardar como copia</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Volver a cargar</translation>
    </message>
    <message>
        <source>Clinic library folder (shared)</source>
        <translation>Carpeta de la biblioteca de la clínica (compartida)</translation>
    </message>
</context>
<context>
    <name>ClinicDialog</name>
    <message>
        <source>Clinic profile</source>
        <translation>Perfil de la clínica</translation>
    </message>
    <message>
        <source>e.g. Riverside Physiotherapy</source>
        <translation>p. ej. Fisioterapia del Río</translation>
    </message>
    <message>
        <source>Street, town, postcode</source>
        <translation>Calle, ciudad, código postal</translation>
    </message>
    <message>
        <source>www.example.com</source>
        <translation>www.example.com</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <source>A picture printed at the top of each handout (JPEG, PNG, WebP, BMP or TIFF); a copy is kept with your settings</source>
        <translation>Una imagen que se imprime arriba de cada hoja (JPEG, PNG, WebP, BMP o TIFF); se guarda una copia con sus ajustes</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Filled in on every new handout</source>
        <translation>Se rellena en cada hoja nueva</translation>
    </message>
    <message>
        <source>Printed in small type at the foot of every page</source>
        <translation>Se imprime en letra pequeña al pie de cada página</translation>
    </message>
    <message>
        <source>Printed once on every handout, before the exercises. Leave empty for the standard wording shown here.</source>
        <translation>Se imprime una vez en cada hoja, antes de los ejercicios. Déjelo vacío para usar el texto estándar que se ve aquí.</translation>
    </message>
    <message>
        <source>Paper size for new handouts</source>
        <translation>Tamaño del papel para las hojas nuevas</translation>
    </message>
    <message>
        <source>The language new handouts start in (each handout can change it)</source>
        <translation>El idioma con que empiezan las hojas nuevas (cada hoja puede cambiarlo)</translation>
    </message>
    <message>
        <source>The colour of headings and lines in the handout</source>
        <translation>El color de los títulos y las líneas de la hoja</translation>
    </message>
    <message>
        <source>Clinic &amp;name</source>
        <translation>&amp;Nombre de la clínica</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Correo electrónico</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>&amp;Web</translation>
    </message>
    <message>
        <source>&amp;Logo</source>
        <translation>&amp;Logotipo</translation>
    </message>
    <message>
        <source>Default &amp;therapist</source>
        <translation>Fisioterapeuta por &amp;defecto</translation>
    </message>
    <message>
        <source>Footer &amp;disclaimer</source>
        <translation>&amp;Aviso al pie</translation>
    </message>
    <message>
        <source>Pain &amp;rule</source>
        <translation>&amp;Regla del dolor</translation>
    </message>
    <message>
        <source>Paper si&amp;ze</source>
        <translation>Tamaño del &amp;papel</translation>
    </message>
    <message>
        <source>Handout lan&amp;guage</source>
        <translation>&amp;Idioma de la hoja</translation>
    </message>
    <message>
        <source>Accent &amp;colour</source>
        <translation>&amp;Color de acento</translation>
    </message>
    <message>
        <source>Printed on every handout you make.</source>
        <translation>Se imprime en cada hoja que haga.</translation>
    </message>
    <message>
        <source>Logo not used</source>
        <translation>Logotipo no usado</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Falta</translation>
    </message>
    <message>
        <source>A clean copy is kept with your settings when you save.</source>
        <translation>Al guardar, se conserva una copia limpia con sus ajustes.</translation>
    </message>
    <message>
        <source>Printed at the top of every handout.</source>
        <translation>Se imprime arriba de cada hoja.</translation>
    </message>
    <message>
        <source>The logo file is missing; choose it again.</source>
        <translation>Falta el archivo del logotipo; elíjalo de nuevo.</translation>
    </message>
    <message>
        <source>Kept with your settings: moving the original does not matter.</source>
        <translation>Guardado con sus ajustes: no importa si mueve el original.</translation>
    </message>
    <message>
        <source>A copy will be kept with your settings when you save.</source>
        <translation>Al guardar, se conservará una copia con sus ajustes.</translation>
    </message>
    <message>
        <source>Logo not kept</source>
        <translation>Logotipo no guardado</translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation>Color de acento</translation>
    </message>
</context>
<context>
    <name>ConfirmsDiscard</name>
    <message>
        <source>the clinic profile</source>
        <translation>el perfil de la clínica</translation>
    </message>
    <message>
        <source>this window</source>
        <translation>esta ventana</translation>
    </message>
    <message>
        <source>this exercise</source>
        <translation>este ejercicio</translation>
    </message>
    <message>
        <source>the template&apos;s name, description and tags</source>
        <translation>el nombre, la descripción y las etiquetas de la plantilla</translation>
    </message>
</context>
<context>
    <name>CropDialog</name>
    <message>
        <source>Crop photo</source>
        <translation>Recortar foto</translation>
    </message>
    <message>
        <source>Whole picture</source>
        <translation>Imagen completa</translation>
    </message>
    <message>
        <source>Centre 4:3</source>
        <translation>Centro 4:3</translation>
    </message>
    <message>
        <source>Drag over the part of the photo to keep.</source>
        <translation>Arrastre sobre la parte de la foto que quiere conservar.</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>No date</source>
        <translation>Sin fecha</translation>
    </message>
</context>
<context>
    <name>DoseFields</name>
    <message>
        <source>Both sides / not sided</source>
        <translation>Ambos lados / sin lado</translation>
    </message>
    <message>
        <source>Each side</source>
        <translation>Cada lado</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Lado izquierdo</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Lado derecho</translation>
    </message>
    <message>
        <source>Alternate sides</source>
        <translation>Alternando lados</translation>
    </message>
    <message>
        <source>Sets</source>
        <extracomment>A part of the dose changed: name (&quot;sets&quot;, &quot;work&quot;, &quot;hold&quot;, &quot;rest&quot;, &quot;frequency&quot;, &quot;side&quot;, &quot;load&quot;) and its new value (for &quot;work&quot;: the typed text&apos;s value).</extracomment>
        <translation>Series</translation>
    </message>
    <message>
        <source>Reps or time</source>
        <translation>Repeticiones o tiempo</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Mantener</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <source>Sets: a number (3) or a range (2-3). Empty for none.</source>
        <translation>Series: un número (3) o un intervalo (2-3). Vacío si no hay.</translation>
    </message>
    <message>
        <source>Reps (10, 8-12, up to 15, as many as comfortable), or a time or distance instead of reps (30 s, 10 min, 500 m).</source>
        <translation>Repeticiones (10, 8-12, up to 15, as many as comfortable), o un tiempo o una distancia en lugar de repeticiones (30 s, 10 min, 500 m).</translation>
    </message>
    <message>
        <source>How long to hold each rep: 5 s, 1 min, 5-10 s (a number alone is seconds).</source>
        <translation>Cuánto mantener cada repetición: 5 s, 1 min, 5-10 s (un número solo son segundos).</translation>
    </message>
    <message>
        <source>Rest between sets: 30 s, 1 min (a number alone is seconds).</source>
        <translation>Descanso entre series: 30 s, 1 min (un número solo son segundos).</translation>
    </message>
    <message>
        <source>How often: twice a day, 3 times a week, twice a day, 5 days a week, or your own words (printed as you type them).</source>
        <translation>Con qué frecuencia: twice a day, 3 times a week, twice a day, 5 days a week, o sus propias palabras (se imprimen tal como las escribe).</translation>
    </message>
    <message>
        <source>e.g. 3</source>
        <translation>p. ej. 3</translation>
    </message>
    <message>
        <source>10 or 30 s</source>
        <translation>10 o 30 s</translation>
    </message>
    <message>
        <source>e.g. 5 s</source>
        <translation>p. ej. 5 s</translation>
    </message>
    <message>
        <source>e.g. 30 s</source>
        <translation>p. ej. 30 s</translation>
    </message>
    <message>
        <source>e.g. twice a day</source>
        <translation>p. ej. twice a day</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>Each side: the dose on one side, then on the other</source>
        <translation>Cada lado: la dosis en un lado y luego en el otro</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Carga</translation>
    </message>
    <message>
        <source>e.g. red band, 2 kg</source>
        <translation>p. ej. banda roja, 2 kg</translation>
    </message>
    <message>
        <source>&amp;Sets</source>
        <translation>&amp;Series</translation>
    </message>
    <message>
        <source>&amp;Reps or time</source>
        <translation>&amp;Repeticiones o tiempo</translation>
    </message>
    <message>
        <source>H&amp;old</source>
        <translation>&amp;Mantener</translation>
    </message>
    <message>
        <source>Fre&amp;quency</source>
        <translation>&amp;Frecuencia</translation>
    </message>
    <message>
        <source>S&amp;ide</source>
        <translation>La&amp;do</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>Car&amp;ga</translation>
    </message>
    <message>
        <source>Prints as: {line}</source>
        <translation>Se imprime así: {line}</translation>
    </message>
    <message>
        <source>No dose: nothing is printed.</source>
        <translation>Sin dosis: no se imprime nada.</translation>
    </message>
</context>
<context>
    <name>EditorPane</name>
    <message>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>Compacto</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>Letra grande</translation>
    </message>
    <message>
        <source>Patient&apos;s name</source>
        <extracomment>The first-run hint&apos;s &quot;start from a template&quot; link, and its close button. The translation mark&apos;s link: open the Translations dialog.</extracomment>
        <translation>Nombre del paciente</translation>
    </message>
    <message>
        <source>Printed at the top of the handout</source>
        <translation>Se imprime arriba de la hoja</translation>
    </message>
    <message>
        <source>The date printed on the handout</source>
        <translation>La fecha que se imprime en la hoja</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Printed on the handout; the default comes from the clinic profile</source>
        <translation>Se imprime en la hoja; el valor inicial viene del perfil de la clínica</translation>
    </message>
    <message>
        <source>Your exercise programme</source>
        <translation>Su programa de ejercicios</translation>
    </message>
    <message>
        <source>Paper size for printing and the PDF</source>
        <translation>Tamaño del papel para imprimir y para el PDF</translation>
    </message>
    <message>
        <source>Compact fits more on a page; large print is easier to read</source>
        <translation>Compacto cabe más en una página; la letra grande se lee mejor</translation>
    </message>
    <message>
        <source>The language the handout is printed in: headings, dose, dates and our exercise texts. What you type prints as typed.</source>
        <translation>El idioma en que se imprime la hoja: títulos, dosis, fechas y nuestros textos de ejercicios. Lo que usted escribe se imprime tal cual.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Also print each exercise&apos;s name, steps and cautions (and our education, pain rule and advice) in a second language, under the first, for a carer. Text you type prints once, as typed.</source>
        <translation>Imprime también el nombre, los pasos y las precauciones de cada ejercicio (y nuestra explicación, la regla del dolor y los consejos) en un segundo idioma, debajo del primero, para un cuidador. Lo que usted escribe se imprime una vez, tal como lo escribe.</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> semanas</translation>
    </message>
    <message>
        <source>Add a tick-box diary page for this many weeks</source>
        <translation>Añadir una página de diario con casillas para este número de semanas</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>&amp;Paciente</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>T&amp;herapist</source>
        <translation>Fisio&amp;terapeuta</translation>
    </message>
    <message>
        <source>Pa&amp;per</source>
        <translation>Pa&amp;pel</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>Tít&amp;ulo</translation>
    </message>
    <message>
        <source>La&amp;yout</source>
        <translation>Diseñ&amp;o</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Also print i&amp;n</source>
        <translation>Imprimir también e&amp;n</translation>
    </message>
    <message>
        <source>Print it</source>
        <translation>Imprimirlo</translation>
    </message>
    <message>
        <source>Print the estimated time a session takes under &quot;Your exercises&quot;</source>
        <translation>Imprimir el tiempo estimado de una sesión bajo &quot;Sus ejercicios&quot;</translation>
    </message>
    <message>
        <source>What the patient should know about their condition.

## A heading
- a bullet point
**bold** text</source>
        <translation>Lo que el paciente debe saber sobre su problema.

## Un título
- una viñeta
texto en **negrita**</translation>
    </message>
    <message>
        <source>General advice printed after the exercises</source>
        <translation>Consejos generales que se imprimen después de los ejercicios</translation>
    </message>
    <message>
        <source>Tick-box exercise dia&amp;ry:</source>
        <translation>Dia&amp;rio de ejercicios con casillas:</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Advice and diary</source>
        <translation>Consejos y diario</translation>
    </message>
    <message>
        <source>Handout</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tip:&lt;/b&gt; start from a template for the condition (knee, back, shoulder…) and adjust it: &lt;a href=&apos;templates&apos;&gt;choose a template&lt;/a&gt; (Ctrl+N).</source>
        <translation>&lt;b&gt;Consejo:&lt;/b&gt; empiece con una plantilla para el problema (rodilla, espalda, hombro…) y ajústela: &lt;a href=&apos;templates&apos;&gt;elija una plantilla&lt;/a&gt; (Ctrl+N).</translation>
    </message>
    <message>
        <source>Hide this tip</source>
        <translation>Ocultar este consejo</translation>
    </message>
    <message>
        <source>These characters cannot be printed and would show as empty boxes: {characters}. Please remove or replace them.</source>
        <translation>Estos caracteres no se pueden imprimir y saldrían como cuadros vacíos: {characters}. Quítelos o sustitúyalos.</translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s) not yet translated: what is missing prints in English.</source>
        <translation>
            <numerusform>%n ejercicio aún sin traducir: lo que falta se imprime en inglés.</numerusform>
            <numerusform>%n ejercicios aún sin traducir: lo que falta se imprime en inglés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft translation: not yet checked by a clinician. (Not printed.)</source>
        <translation>Traducción provisional: aún no revisada por un profesional clínico. (No se imprime.)</translation>
    </message>
    <message>
        <source>reviewed by %1 on %2</source>
        <translation>revisado por %1 el %2</translation>
    </message>
    <message>
        <source>reviewed by %1</source>
        <translation>revisado por %1</translation>
    </message>
    <message>
        <source>(Not printed.)</source>
        <translation>(No se imprime.)</translation>
    </message>
    <message>
        <source>{language}: not yet translated for {missing} of {total} exercises; nothing prints in {language} for what is missing.</source>
        <translation>{language}: aún sin traducir en {missing} de {total} ejercicios; no se imprime nada en {language} para lo que falta.</translation>
    </message>
    <message>
        <source>{language}: draft translation, not yet checked by a clinician. (Not printed.)</source>
        <translation>{language}: traducción en borrador, aún no revisada por un clínico. (No se imprime.)</translation>
    </message>
    <message>
        <source>Exercises ({count})</source>
        <translation>Ejercicios ({count})</translation>
    </message>
    <message>
        <source>%1 (unknown: prints as Standard)</source>
        <translation>%1 (desconocido: se imprime como Estándar)</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) a session</source>
        <translation>
            <numerusform>unos %n minuto por sesión</numerusform>
            <numerusform>unos %n minutos por sesión</numerusform>
        </translation>
    </message>
    <message>
        <source>plus {names}</source>
        <translation>más {names}</translation>
    </message>
    <message>
        <source>not timed: {names}</source>
        <translation>sin tiempo: {names}</translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>%n ejercicio</numerusform>
            <numerusform>%n ejercicios</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExerciseEditor</name>
    <message>
        <source>{name} (my version)</source>
        <translation>{name} (mi versión)</translation>
    </message>
    <message>
        <source>Edit my exercise</source>
        <translation>Editar mi ejercicio</translation>
    </message>
    <message>
        <source>New exercise</source>
        <translation>Ejercicio nuevo</translation>
    </message>
    <message>
        <source>Duplicate as my exercise</source>
        <translation>Duplicar como mi ejercicio</translation>
    </message>
    <message>
        <source>e.g. Hip hitch on a step</source>
        <translation>p. ej. Elevación de cadera en un escalón</translation>
    </message>
    <message>
        <source>Other names, separated by commas</source>
        <translation>Otros nombres, separados por comas</translation>
    </message>
    <message>
        <source>Words to find it by, separated by commas</source>
        <translation>Palabras para encontrarlo, separadas por comas</translation>
    </message>
    <message>
        <source>One step per line, in plain words for the patient</source>
        <translation>Un paso por línea, con palabras sencillas para el paciente</translation>
    </message>
    <message>
        <source>One per line, e.g. Stop if it hurts more than a little</source>
        <translation>Una por línea, p. ej. Pare si le duele más que un poco</translation>
    </message>
    <message>
        <source>https://…  (printed as a QR code)</source>
        <translation>https://…  (se imprime como código QR)</translation>
    </message>
    <message>
        <source>My exercises</source>
        <translation>Mis ejercicios</translation>
    </message>
    <message>
        <source>Clinic library (shared)</source>
        <translation>Biblioteca de la clínica (compartida)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Also &amp;known as</source>
        <translation>&amp;También llamado</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Body &amp;region</source>
        <translation>&amp;Zona del cuerpo</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>&amp;Etiquetas</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>&amp;Steps</source>
        <translation>&amp;Pasos</translation>
    </message>
    <message>
        <source>Default &amp;dose</source>
        <translation>&amp;Dosis inicial</translation>
    </message>
    <message>
        <source>&amp;Precautions</source>
        <translation>P&amp;recauciones</translation>
    </message>
    <message>
        <source>&amp;Video link</source>
        <translation>Enlace de &amp;vídeo</translation>
    </message>
    <message>
        <source>Save &amp;in</source>
        <translation>&amp;Guardar en</translation>
    </message>
    <message>
        <source>Drop photos here, or paste one with Ctrl+V</source>
        <translation>Suelte fotos aquí, o pegue una con Ctrl+V</translation>
    </message>
    <message>
        <source>Add photo…</source>
        <translation>Añadir foto…</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <source>Crop…</source>
        <translation>Recortar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Move the photo earlier</source>
        <translation>Mover la foto antes</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figura</translation>
    </message>
    <message>
        <source>Photos (up to 3, printed instead of the figure)</source>
        <translation>Fotos (hasta 3, se imprimen en lugar de la figura)</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Mover a la papelera</translation>
    </message>
    <message>
        <source>Old drawing,
no longer shown</source>
        <translation>Dibujo antiguo,
ya no se muestra</translation>
    </message>
    <message>
        <source>No figure</source>
        <translation>Sin figura</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Falta</translation>
    </message>
    <message>
        <source>Photo {number}</source>
        <translation>Foto {number}</translation>
    </message>
    <message>
        <source>The figure is printed. Add up to 3 photos (file, drop or paste) to print them instead.</source>
        <translation>Se imprime la figura. Añada hasta 3 fotos (archivo, soltar o pegar) para imprimirlas en su lugar.</translation>
    </message>
    <message>
        <source>No picture yet: add up to 3 photos (file, drop or paste).</source>
        <translation>Aún no hay imagen: añada hasta 3 fotos (archivo, soltar o pegar).</translation>
    </message>
    <message>
        <source>The photos are printed instead of the figure. They are stored upright, print-sized and without any location or camera data.</source>
        <translation>Las fotos se imprimen en lugar de la figura. Se guardan derechas, al tamaño de impresión y sin datos de ubicación ni de la cámara.</translation>
    </message>
    <message numerus="yes">
        <source>%n photo file(s) missing; left out when you save.</source>
        <translation>
            <numerusform>Falta %n archivo de foto; se omite al guardar.</numerusform>
            <numerusform>Faltan %n archivos de foto; se omiten al guardar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Photo missing</source>
        <translation>Falta la foto</translation>
    </message>
    <message>
        <source>An exercise can have at most {count} photos; remove one first.</source>
        <translation>Un ejercicio puede tener como máximo {count} fotos; quite una primero.</translation>
    </message>
    <message>
        <source>The clipboard holds no picture. Copy a photo first, then paste.</source>
        <translation>El portapapeles no tiene ninguna imagen. Copie primero una foto y luego péguela.</translation>
    </message>
    <message>
        <source>Default dose, {field}: {problem}. Fix it (or press Esc in that field to put back what was there) before saving.</source>
        <translation>Dosis por defecto, {field}: {problem}. Corríjalo (o pulse Esc en ese campo para volver a lo que había) antes de guardar.</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; was deleted by someone else; save it as a new exercise if you still need it</source>
        <translation>otra persona borró «{name}»; guárdelo como ejercicio nuevo si todavía lo necesita</translation>
    </message>
    <message>
        <source>Showing the version saved by someone else; your changes were not saved.</source>
        <translation>Se muestra la versión guardada por otra persona; sus cambios no se guardaron.</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Handout (*.handout.json *.json)</source>
        <translation>Hoja (*.handout.json *.json)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>Imágenes ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open handout</source>
        <translation>Abrir hoja</translation>
    </message>
    <message>
        <source>Save handout</source>
        <translation>Guardar hoja</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <source>Choose the clinic logo</source>
        <translation>Elegir el logotipo de la clínica</translation>
    </message>
</context>
<context>
    <name>HandoutDocument</name>
    <message>
        <source>Untitled</source>
        <extracomment>Something in the handout changed (any field). Widgets re-read what they show. The list of exercises changed shape (added, removed, moved). Argument: the row to select afterwards, or -1. A different handout was loaded (New, Open, restore); the undo history is new. The file path changed (Save As, Open). Undo or redo changed this exercise: show it, so the change is seen. The change shown last (the preview follows it when it concerns an exercise).</extracomment>
        <translation>Sin título</translation>
    </message>
</context>
<context>
    <name>HandoutItemsModel</name>
    <message>
        <source>Drag to reorder, or Alt+Up / Alt+Down. Delete removes it.</source>
        <translation>Arrastre para cambiar el orden, o Alt+Arriba / Alt+Abajo. Supr lo quita.</translation>
    </message>
    <message numerus="yes">
        <source>Add %n exercise(s)</source>
        <translation>
            <numerusform>Añadir %n ejercicio</numerusform>
            <numerusform>Añadir %n ejercicios</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source>◀ Easier</source>
        <translation>◀ Más fácil</translation>
    </message>
    <message>
        <source>Harder ▶</source>
        <translation>Más difícil ▶</translation>
    </message>
    <message>
        <source>Reset to library text</source>
        <translation>Volver al texto de la biblioteca</translation>
    </message>
    <message>
        <source>Notes for this patient (printed under the exercise)</source>
        <translation>Notas para este paciente (se imprimen bajo el ejercicio)</translation>
    </message>
    <message>
        <source>One step per line</source>
        <translation>Un paso por línea</translation>
    </message>
    <message>
        <source>The instructions printed for this patient, one step per line.
Changes apply to this handout only.</source>
        <translation>Las instrucciones que se imprimen para este paciente, un paso por línea.
Los cambios solo afectan a esta hoja.</translation>
    </message>
    <message>
        <source>Use the library&apos;s wording for the steps again</source>
        <translation>Volver a usar el texto de la biblioteca para los pasos</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>Steps for this patient</source>
        <translation>Pasos para este paciente</translation>
    </message>
    <message>
        <source>Make {name} easier: {choice}</source>
        <translation>Hacer {name} más fácil: {choice}</translation>
    </message>
    <message>
        <source>Make {name} harder: {choice}</source>
        <translation>Hacer {name} más difícil: {choice}</translation>
    </message>
    <message>
        <source>Swap for {names}, keeping the dose and notes ({key})</source>
        <translation>Cambiar por {names}, manteniendo la dosis y las notas ({key})</translation>
    </message>
    <message>
        <source>The library names no easier version</source>
        <translation>La biblioteca no indica una versión más fácil</translation>
    </message>
    <message>
        <source>The library names no harder version</source>
        <translation>La biblioteca no indica una versión más difícil</translation>
    </message>
    <message>
        <source>Select an exercise to set its dose and notes.</source>
        <translation>Seleccione un ejercicio para indicar su dosis y sus notas.</translation>
    </message>
</context>
<context>
    <name>ItemsView</name>
    <message>
        <source>Exercises in this handout</source>
        <translation>Ejercicios de esta hoja</translation>
    </message>
    <message>
        <source>No exercises yet.

Start from a template (Ctrl+N), or find an exercise in the library (Ctrl+F), then press Enter, double-click it, or drag it here.</source>
        <translation>Aún no hay ejercicios.

Empiece con una plantilla (Ctrl+N), o busque un ejercicio en la biblioteca (Ctrl+F) y pulse Intro, haga doble clic o arrástrelo aquí.</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>My exercise</source>
        <translation>Mi ejercicio</translation>
    </message>
    <message>
        <source>Clinic exercise</source>
        <translation>Ejercicio de la clínica</translation>
    </message>
    <message>
        <source>Also called: {names}</source>
        <translation>También llamado: {names}</translation>
    </message>
    <message>
        <source>Double-click, press Enter or drag into the handout to add it.</source>
        <translation>Haga doble clic, pulse Intro o arrástrelo a la hoja para añadirlo.</translation>
    </message>
</context>
<context>
    <name>LibraryPane</name>
    <message>
        <source>Search exercises (Ctrl+F)</source>
        <translation>Buscar ejercicios (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search by name, also-known-as, body region or equipment.
Press Enter to add the highlighted exercise.</source>
        <translation>Busque por nombre, otros nombres, zona del cuerpo o material.
Pulse Intro para añadir el ejercicio resaltado.</translation>
    </message>
    <message>
        <source>Show only exercises for one body region</source>
        <translation>Mostrar solo los ejercicios de una zona del cuerpo</translation>
    </message>
    <message>
        <source>Show only exercises that use this equipment</source>
        <translation>Mostrar solo los ejercicios que usan este material</translation>
    </message>
    <message>
        <source>Exercise library</source>
        <translation>Biblioteca de ejercicios</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Todas las zonas</translation>
    </message>
    <message>
        <source>★ Favourites</source>
        <translation>★ Favoritos</translation>
    </message>
    <message>
        <source>Recently used</source>
        <translation>Usados recientemente</translation>
    </message>
    <message>
        <source>Any equipment</source>
        <translation>Cualquier material</translation>
    </message>
    <message numerus="yes">
        <source>{found} of %n exercise(s)</source>
        <translation>
            <numerusform>{found} de %n ejercicio</numerusform>
            <numerusform>{found} de %n ejercicios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>%n ejercicio</numerusform>
            <numerusform>%n ejercicios</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>Handout Builder will be in {language} the next time you start it. Handouts still print in each handout&apos;s own language.</source>
        <translation>Handout Builder estará en {language} la próxima vez que lo abra. Las hojas se siguen imprimiendo en el idioma de cada hoja.</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <extracomment>Emitted once, the first time the window is shown (startup measurement).</extracomment>
        <translation>&amp;Nueva…</translation>
    </message>
    <message>
        <source>Start a handout from a template or from scratch</source>
        <translation>Empezar una hoja con una plantilla o desde cero</translation>
    </message>
    <message>
        <source>&amp;Templates…</source>
        <translation>&amp;Plantillas…</translation>
    </message>
    <message>
        <source>Find, preview, share and manage templates; start a handout from one</source>
        <translation>Buscar, ver, compartir y gestionar plantillas; empezar una hoja con una de ellas</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open a saved handout</source>
        <translation>Abrir una hoja guardada</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save this handout to reopen next visit</source>
        <translation>Guardar esta hoja para abrirla en la próxima visita</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>Save this handout under a new name</source>
        <translation>Guardar esta hoja con otro nombre</translation>
    </message>
    <message>
        <source>Save as &amp;Template…</source>
        <translation>Guardar como p&amp;lantilla…</translation>
    </message>
    <message>
        <source>Save the exercises and advice as a template (patient details are left out)</source>
        <translation>Guardar los ejercicios y los consejos como plantilla (sin los datos del paciente)</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exportar PDF…</translation>
    </message>
    <message>
        <source>Save the handout as a PDF file</source>
        <translation>Guardar la hoja como archivo PDF</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print the handout</source>
        <translation>Imprimir la hoja</translation>
    </message>
    <message>
        <source>Open Exported P&amp;DF</source>
        <translation>Abrir el P&amp;DF exportado</translation>
    </message>
    <message>
        <source>Open the last exported PDF in your PDF viewer</source>
        <translation>Abrir el último PDF exportado en su visor de PDF</translation>
    </message>
    <message>
        <source>&amp;Clinic Profile…</source>
        <translation>Per&amp;fil de la clínica…</translation>
    </message>
    <message>
        <source>Your clinic&apos;s name, logo and contact details</source>
        <translation>El nombre, el logotipo y los datos de contacto de su clínica</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Close Handout Builder</source>
        <translation>Cerrar Handout Builder</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>Deshacer el último cambio (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Redo what was undone (Ctrl+Y or Ctrl+Shift+Z)</source>
        <translation>Rehacer lo deshecho (Ctrl+Y o Ctrl+Mayús+Z)</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Deshacer el último cambio</translation>
    </message>
    <message>
        <source>Redo what was undone</source>
        <translation>Rehacer lo deshecho</translation>
    </message>
    <message>
        <source>&amp;Find Exercise</source>
        <translation>B&amp;uscar ejercicio</translation>
    </message>
    <message>
        <source>Search the exercise library</source>
        <translation>Buscar en la biblioteca de ejercicios</translation>
    </message>
    <message>
        <source>&amp;Add to Handout</source>
        <translation>&amp;Añadir a la hoja</translation>
    </message>
    <message>
        <source>Add the exercise selected in the library (or press Enter in the library)</source>
        <translation>Añadir el ejercicio seleccionado en la biblioteca (o pulse Intro en la biblioteca)</translation>
    </message>
    <message>
        <source>Add to or Remove from &amp;Favourites</source>
        <translation>Añadir a &amp;favoritos o quitar</translation>
    </message>
    <message>
        <source>Star the selected library exercise; the region filter lists your favourites</source>
        <translation>Marcar con estrella el ejercicio seleccionado; el filtro de zonas muestra sus favoritos</translation>
    </message>
    <message>
        <source>Make &amp;Easier</source>
        <translation>Hacer más fá&amp;cil</translation>
    </message>
    <message>
        <source>Swap the selected exercise for its easier version, keeping dose and notes</source>
        <translation>Cambiar el ejercicio seleccionado por su versión más fácil, con la misma dosis y notas</translation>
    </message>
    <message>
        <source>Make &amp;Harder</source>
        <translation>Hacer más d&amp;ifícil</translation>
    </message>
    <message>
        <source>Swap the selected exercise for its harder version, keeping dose and notes</source>
        <translation>Cambiar el ejercicio seleccionado por su versión más difícil, con la misma dosis y notas</translation>
    </message>
    <message>
        <source>Copy &amp;Summary</source>
        <translation>Copiar el resu&amp;men</translation>
    </message>
    <message>
        <source>Copy the programme as plain text, for the patient&apos;s notes</source>
        <translation>Copiar el programa como texto, para la historia del paciente</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>Every keyboard shortcut (F1, or ? where you are not typing)</source>
        <translation>Todos los atajos de teclado (F1, o ? donde no esté escribiendo)</translation>
    </message>
    <message>
        <source>New E&amp;xercise…</source>
        <translation>Nuevo e&amp;jercicio…</translation>
    </message>
    <message>
        <source>Create your own exercise, with your own photos</source>
        <translation>Crear su propio ejercicio, con sus propias fotos</translation>
    </message>
    <message>
        <source>Edit or Duplicate E&amp;xercise…</source>
        <translation>Editar o duplicar e&amp;jercicio…</translation>
    </message>
    <message>
        <source>Edit your own exercise, or duplicate a library exercise as your own</source>
        <translation>Editar su propio ejercicio, o duplicar uno de la biblioteca como propio</translation>
    </message>
    <message>
        <source>T&amp;ranslations…</source>
        <translation>T&amp;raducciones…</translation>
    </message>
    <message>
        <source>Edit our translations of the exercises and templates, and mark them reviewed by a clinician</source>
        <translation>Editar nuestras traducciones de los ejercicios y las plantillas, y marcarlas como revisadas por un profesional clínico</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move the selected exercise up</source>
        <translation>Subir el ejercicio seleccionado</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Move the selected exercise down</source>
        <translation>Bajar el ejercicio seleccionado</translation>
    </message>
    <message>
        <source>&amp;Remove from Handout</source>
        <translation>&amp;Quitar de la hoja</translation>
    </message>
    <message>
        <source>Take the selected exercise out of the handout</source>
        <translation>Quitar el ejercicio seleccionado de la hoja</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Interface &amp;Language</source>
        <translation>Idio&amp;ma de la interfaz</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Handout Builder</source>
        <translation>&amp;Acerca de Handout Builder</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>{what}: {problem}</source>
        <translation>{what}: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>%n ejercicio</numerusform>
            <numerusform>%n ejercicios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview not updated: {problem}</source>
        <translation>Vista previa no actualizada: {problem}</translation>
    </message>
    <message>
        <source>Could not keep a recovery copy: {problem}</source>
        <translation>No se pudo guardar una copia de recuperación: {problem}</translation>
    </message>
    <message>
        <source>The preview could not be drawn; details in {path}</source>
        <translation>No se pudo dibujar la vista previa; detalles en {path}</translation>
    </message>
    <message>
        <source>new handout from a template</source>
        <translation>nueva hoja con una plantilla</translation>
    </message>
    <message>
        <source>find an exercise</source>
        <translation>buscar un ejercicio</translation>
    </message>
    <message>
        <source>add the highlighted exercise</source>
        <translation>añadir el ejercicio resaltado</translation>
    </message>
    <message>
        <source>move the selected exercise</source>
        <translation>mover el ejercicio seleccionado</translation>
    </message>
    <message>
        <source>remove it (in the exercise list)</source>
        <translation>quitarlo (en la lista de ejercicios)</translation>
    </message>
    <message>
        <source>undo / redo</source>
        <translation>deshacer / rehacer</translation>
    </message>
    <message>
        <source>save</source>
        <translation>guardar</translation>
    </message>
    <message>
        <source>export PDF</source>
        <translation>exportar PDF</translation>
    </message>
    <message>
        <source>print</source>
        <translation>imprimir</translation>
    </message>
    <message>
        <source>About Handout Builder</source>
        <translation>Acerca de Handout Builder</translation>
    </message>
    <message>
        <source>Illustrated exercise handouts for your patients, made during the consultation. Offline: nothing leaves this computer.</source>
        <translation>Hojas de ejercicios ilustradas para sus pacientes, hechas durante la consulta. Sin conexión: nada sale de este ordenador.</translation>
    </message>
    <message>
        <source>Keyboard:</source>
        <translation>Teclado:</translation>
    </message>
    <message>
        <source>Clinic profile not loaded</source>
        <translation>No se cargó el perfil de la clínica</translation>
    </message>
    <message numerus="yes">
        <source>%n easier/harder version(s) are not in the library; see {log}</source>
        <translation>
            <numerusform>%n versión más fácil o más difícil no está en la biblioteca; vea {log}</numerusform>
            <numerusform>%n versiones más fáciles o más difíciles no están en la biblioteca; vea {log}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n library file(s) could not be read; see {log}</source>
        <translation>
            <numerusform>No se pudo leer %n archivo de la biblioteca; vea {log}</numerusform>
            <numerusform>No se pudieron leer %n archivos de la biblioteca; vea {log}</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not restore your unsaved work</source>
        <translation>No se pudo recuperar su trabajo sin guardar</translation>
    </message>
    <message>
        <source>untitled handout</source>
        <translation>hoja sin título</translation>
    </message>
    <message>
        <source>{name}, last changed {when}</source>
        <translation>{name}, último cambio {when}</translation>
    </message>
    <message>
        <source>Restored your unsaved work. Save it to keep it.</source>
        <translation>Se recuperó su trabajo sin guardar. Guárdelo para conservarlo.</translation>
    </message>
    <message>
        <source>Could not start a new handout</source>
        <translation>No se pudo empezar una hoja nueva</translation>
    </message>
    <message>
        <source>Could not open the templates</source>
        <translation>No se pudieron abrir las plantillas</translation>
    </message>
    <message>
        <source>New handout</source>
        <translation>Hoja nueva</translation>
    </message>
    <message>
        <source>New handout from the template &quot;{name}&quot;</source>
        <translation>Hoja nueva con la plantilla «{name}»</translation>
    </message>
    <message>
        <source>Could not open the handout</source>
        <translation>No se pudo abrir la hoja</translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation>Abierto {path}</translation>
    </message>
    <message>
        <source>Could not save the handout</source>
        <translation>No se pudo guardar la hoja</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Guardado en {path}</translation>
    </message>
    <message>
        <source>Could not save the template</source>
        <translation>No se pudo guardar la plantilla</translation>
    </message>
    <message>
        <source>Saved the template &quot;{name}&quot; (no patient details) to {path}</source>
        <translation>Plantilla «{name}» guardada (sin datos del paciente) en {path}</translation>
    </message>
    <message>
        <source>Could not export the PDF</source>
        <translation>No se pudo exportar el PDF</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exportado a {path}</translation>
    </message>
    <message>
        <source>Could not print the handout</source>
        <translation>No se pudo imprimir la hoja</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer</source>
        <translation>
            <numerusform>Se envió %n página a la impresora</numerusform>
            <numerusform>Se enviaron %n páginas a la impresora</numerusform>
        </translation>
    </message>
    <message>
        <source>{field} of {exercise}: {problem}. Fix it, or press Esc in the field to keep the handout&apos;s value, then try again.</source>
        <translation>{field} de {exercise}: {problem}. Corríjalo, o pulse Esc en el campo para mantener el valor de la hoja, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Could not open the PDF</source>
        <translation>No se pudo abrir el PDF</translation>
    </message>
    <message>
        <source>the last PDF was exported for another handout; export this one first (Ctrl+E)</source>
        <translation>el último PDF se exportó para otra hoja; exporte primero esta (Ctrl+E)</translation>
    </message>
    <message>
        <source>there is no exported PDF to open yet; export one first (Ctrl+E)</source>
        <translation>todavía no hay un PDF exportado para abrir; exporte uno primero (Ctrl+E)</translation>
    </message>
    <message>
        <source>no PDF viewer could be started; open the file from your file manager</source>
        <translation>no se pudo abrir ningún visor de PDF; abra el archivo desde su gestor de archivos</translation>
    </message>
    <message>
        <source>No recent handouts</source>
        <translation>No hay hojas recientes</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Vaciar la lista</translation>
    </message>
    <message>
        <source>Same as the Computer ({language})</source>
        <translation>Igual que el ordenador ({language})</translation>
    </message>
    <message>
        <source>The language of menus and windows; the handout prints in its own language</source>
        <translation>El idioma de los menús y las ventanas; la hoja se imprime en su propio idioma</translation>
    </message>
    <message>
        <source>Could not change the interface language</source>
        <translation>No se pudo cambiar el idioma de la interfaz</translation>
    </message>
    <message>
        <source>The interface stays in {language}.</source>
        <translation>La interfaz sigue en {language}.</translation>
    </message>
    <message>
        <source>Could not save the clinic profile</source>
        <translation>No se pudo guardar el perfil de la clínica</translation>
    </message>
    <message>
        <source>Clinic profile saved to {path}</source>
        <translation>Perfil de la clínica guardado en {path}</translation>
    </message>
    <message>
        <source>a handout can hold at most {count} exercises; start a second handout for the rest</source>
        <translation>una hoja admite como máximo {count} ejercicios; empiece una segunda hoja para el resto</translation>
    </message>
    <message>
        <source>Could not add the exercise</source>
        <translation>No se pudo añadir el ejercicio</translation>
    </message>
    <message>
        <source>Added {name}</source>
        <translation>Añadido: {name}</translation>
    </message>
    <message>
        <source>Could not save your favourites</source>
        <translation>No se pudieron guardar sus favoritos</translation>
    </message>
    <message>
        <source>{name} added to favourites</source>
        <translation>{name} añadido a favoritos</translation>
    </message>
    <message>
        <source>{name} removed from favourites</source>
        <translation>{name} quitado de favoritos</translation>
    </message>
    <message>
        <source>Translation saved</source>
        <translation>Traducción guardada</translation>
    </message>
    <message>
        <source>Saved {name} in your exercises</source>
        <translation>{name} guardado en sus ejercicios</translation>
    </message>
    <message>
        <source>{name} has no easier version in the library</source>
        <translation>{name} no tiene una versión más fácil en la biblioteca</translation>
    </message>
    <message>
        <source>{name} has no harder version in the library</source>
        <translation>{name} no tiene una versión más difícil en la biblioteca</translation>
    </message>
    <message>
        <source>Select an exercise first</source>
        <translation>Seleccione primero un ejercicio</translation>
    </message>
    <message numerus="yes">
        <source>Copied the summary of %n exercise(s): paste it into the patient&apos;s notes</source>
        <translation>
            <numerusform>Resumen de %n ejercicio copiado: péguelo en la historia del paciente</numerusform>
            <numerusform>Resumen de %n ejercicios copiado: péguelo en la historia del paciente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MarkupEditor</name>
    <message>
        <source>The formatted text appears here as you type.</source>
        <translation>El texto con formato aparece aquí mientras escribe.</translation>
    </message>
    <message>
        <source>heading</source>
        <translation>título</translation>
    </message>
    <message>
        <source>bullet</source>
        <translation>viñeta</translation>
    </message>
    <message>
        <source>numbered</source>
        <translation>numerado</translation>
    </message>
    <message>
        <source>bold</source>
        <translation>negrita</translation>
    </message>
    <message>
        <source>blank line: new paragraph</source>
        <translation>línea en blanco: párrafo nuevo</translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <source>Sorry, something went wrong</source>
        <translation>Lo sentimos, algo ha fallado</translation>
    </message>
    <message>
        <source>Handout Builder ran into a problem it did not expect. Your handout is still open; please save it.

The details were written to:
{path}

Please send this file to your support contact.</source>
        <translation>Handout Builder ha tenido un problema inesperado. Su hoja sigue abierta; guárdela.

Los detalles se escribieron en:
{path}

Envíe este archivo a su contacto de soporte.</translation>
    </message>
</context>
<context>
    <name>PhotoDialogs</name>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff *.heic *.heif);;All files (*)</source>
        <translation>Fotos (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff *.heic *.heif);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Añadir fotos</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Cambiado por otra persona</translation>
    </message>
    <message>
        <source>Keep mine as a copy</source>
        <translation>Conservar el mío como copia</translation>
    </message>
    <message>
        <source>Reload theirs</source>
        <translation>Cargar el suyo</translation>
    </message>
    <message>
        <source>Move to trash?</source>
        <translation>¿Mover a la papelera?</translation>
    </message>
    <message>
        <source>Move &quot;{name}&quot; and its photos to the trash? Handouts already printed are not affected, and it can be restored from the trash.</source>
        <translation>¿Mover «{name}» y sus fotos a la papelera? Las hojas ya impresas no cambian, y se puede recuperar de la papelera.</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Preview of the printed handout</source>
        <extracomment>A new PDF is on screen. Argument: its generation number. The preview could not be rendered (plain-words message). An unexpected error while rendering (the traceback, for the crash log). The PDF on screen. Seconds from the first edit after the previous refresh to this refresh.</extracomment>
        <translation>Vista previa de la hoja impresa</translation>
    </message>
    <message>
        <source>This is exactly what will be printed</source>
        <translation>Esto es exactamente lo que se imprimirá</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Fit Width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Previous Page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>Previous page (Page Up in the preview)</source>
        <translation>Página anterior (RePág en la vista previa)</translation>
    </message>
    <message>
        <source>Next Page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <source>Next page (Page Down in the preview)</source>
        <translation>Página siguiente (AvPág en la vista previa)</translation>
    </message>
    <message>
        <source>Page shown</source>
        <translation>Página mostrada</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>The preview could not be drawn. The details were written to the log file.</source>
        <translation>No se pudo dibujar la vista previa. Los detalles se escribieron en el archivo de registro.</translation>
    </message>
    <message>
        <source>The preview could not be drawn: {problem}</source>
        <translation>No se pudo dibujar la vista previa: {problem}</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Página {page} de {count}</translation>
    </message>
    <message>
        <source>No pages</source>
        <translation>Sin páginas</translation>
    </message>
    <message>
        <source>Fit to the width of the preview</source>
        <translation>Ajustado al ancho de la vista previa</translation>
    </message>
    <message>
        <source>Zoom (Ctrl+0 fits the pages to the width)</source>
        <translation>Zoom (Ctrl+0 ajusta las páginas al ancho)</translation>
    </message>
</context>
<context>
    <name>PrintDialogs</name>
    <message>
        <source>Print handout</source>
        <translation>Imprimir hoja</translation>
    </message>
    <message>
        <source>the printer could not be started; check that it is switched on and try again</source>
        <translation>no se pudo poner en marcha la impresora; compruebe que está encendida y vuelva a intentarlo</translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <source>the patient&apos;s name</source>
        <translation>el nombre del paciente</translation>
    </message>
    <message>
        <source>a date of birth</source>
        <translation>una fecha de nacimiento</translation>
    </message>
    <message>
        <source>a date (a date of birth?)</source>
        <translation>una fecha (¿de nacimiento?)</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>un número de teléfono</translation>
    </message>
    <message>
        <source>an e-mail address</source>
        <translation>una dirección de correo electrónico</translation>
    </message>
    <message>
        <source>an ID number (NHS or national id?)</source>
        <translation>un número de identificación (¿de la sanidad o el DNI?)</translation>
    </message>
    <message>
        <source>Patient details in the template</source>
        <translation>Datos del paciente en la plantilla</translation>
    </message>
    <message>
        <source>A template is shared with colleagues for other patients, so it must not carry this patient&apos;s details. These were found in its text; ticked ones are removed from the template (your patient&apos;s handout keeps them).</source>
        <translation>Una plantilla se comparte con los compañeros para otros pacientes, así que no debe llevar los datos de este paciente. Se encontraron estos en su texto; los marcados se quitan de la plantilla (la hoja de su paciente los conserva).</translation>
    </message>
    <message>
        <source>A template is saved for other patients, so it must not carry this patient&apos;s details. These were found in its text; ticked ones are removed from the template (your patient&apos;s handout keeps them).</source>
        <translation>Una plantilla se guarda para otros pacientes, así que no debe llevar los datos de este paciente. Se encontraron estos en su texto; los marcados se quitan de la plantilla (la hoja de su paciente los conserva).</translation>
    </message>
    <message>
        <source>The check looks for the shapes of personal details; read the template once more before you share it.</source>
        <translation>La comprobación busca la forma de los datos personales; lea la plantilla una vez más antes de compartirla.</translation>
    </message>
    <message>
        <source>Remove ticked and save</source>
        <translation>Quitar los marcados y guardar</translation>
    </message>
    <message>
        <source>Go back and edit</source>
        <translation>Volver y editar</translation>
    </message>
    <message numerus="yes">
        <source>Remove ticked, keep %n, and save</source>
        <translation>
            <numerusform>Quitar los marcados, conservar %n y guardar</numerusform>
            <numerusform>Quitar los marcados, conservar %n y guardar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SaveTemplateDialog</name>
    <message>
        <source>Save as template</source>
        <translation>Guardar como plantilla</translation>
    </message>
    <message>
        <source>e.g. ACL week 2</source>
        <translation>p. ej. LCA semana 2</translation>
    </message>
    <message>
        <source>Who it is for, what stage, anything to adapt</source>
        <translation>Para quién es, en qué fase, qué hay que adaptar</translation>
    </message>
    <message>
        <source>Conditions or body parts, separated by commas</source>
        <translation>Problemas o zonas del cuerpo, separados por comas</translation>
    </message>
    <message>
        <source>My templates</source>
        <translation>Mis plantillas</translation>
    </message>
    <message>
        <source>Clinic library (shared with colleagues)</source>
        <translation>Biblioteca de la clínica (compartida con los compañeros)</translation>
    </message>
    <message>
        <source>The patient&apos;s name, the dates and the therapist are not saved in the template; if their name or other details are in the text, you are asked to remove them first.</source>
        <translation>El nombre del paciente, las fechas y el fisioterapeuta no se guardan en la plantilla; si su nombre u otros datos están en el texto, se le pedirá que los quite antes.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Etiquetas:</translation>
    </message>
    <message>
        <source>Save &amp;in:</source>
        <translation>&amp;Guardar en:</translation>
    </message>
    <message>
        <source>Replace template?</source>
        <translation>¿Sustituir la plantilla?</translation>
    </message>
    <message>
        <source>My template</source>
        <translation>Mi plantilla</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (copia)</translation>
    </message>
    <message>
        <source>Could not save the template</source>
        <translation>No se pudo guardar la plantilla</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>this sheet, wherever you are not typing</source>
        <translation>esta lista, donde no esté escribiendo</translation>
    </message>
    <message>
        <source>in the search box or the library: add the highlighted exercise</source>
        <translation>en la búsqueda o la biblioteca: añadir el ejercicio resaltado</translation>
    </message>
    <message>
        <source>in the search box: walk the search results</source>
        <translation>en la búsqueda: recorrer los resultados</translation>
    </message>
    <message>
        <source>in the exercise list: remove the selected exercise</source>
        <translation>en la lista de ejercicios: quitar el ejercicio seleccionado</translation>
    </message>
    <message>
        <source>from the search box: straight to the dose of the exercise just added</source>
        <translation>desde la búsqueda: directamente a la dosis del ejercicio recién añadido</translation>
    </message>
    <message>
        <source>in a dose field: one more or one less</source>
        <translation>en un campo de dosis: uno más o uno menos</translation>
    </message>
    <message>
        <source>in a dose field: put back the value the handout has</source>
        <translation>en un campo de dosis: volver al valor de la hoja</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>The shortcuts work wherever the cursor is, unless it is typing there.</source>
        <translation>Los atajos funcionan esté donde esté el cursor, salvo cuando escribe ahí.</translation>
    </message>
</context>
<context>
    <name>TemplateBrowser</name>
    <message>
        <source>★ Favourites</source>
        <translation>★ Favoritos</translation>
    </message>
    <message>
        <source>My templates</source>
        <translation>Mis plantillas</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Clínica</translation>
    </message>
    <message>
        <source>Bundled (read-only)</source>
        <translation>Incluidas (solo lectura)</translation>
    </message>
    <message>
        <source>Bundled</source>
        <translation>Incluida</translation>
    </message>
    <message>
        <source>Templates</source>
        <extracomment>The preview shows a new PDF. Argument: the template&apos;s key (&quot;origin:id&quot;). The preview could not be drawn. Argument: the message (or a bug&apos;s traceback).</extracomment>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>Search by name, tag or exercise</source>
        <translation>Buscar por nombre, etiqueta o ejercicio</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <source>Preview of the template&apos;s handout</source>
        <translation>Vista previa de la hoja de la plantilla</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Start a new handout from this template</source>
        <translation>Empezar una hoja nueva con esta plantilla</translation>
    </message>
    <message>
        <source>☆ Favourite</source>
        <translation>☆ Favorita</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Copy into My templates, where you can change it</source>
        <translation>Copiar a Mis plantillas, donde puede cambiarla</translation>
    </message>
    <message>
        <source>Share to clinic</source>
        <translation>Compartir con la clínica</translation>
    </message>
    <message>
        <source>Copy into the clinic library for your colleagues</source>
        <translation>Copiar a la biblioteca de la clínica para sus compañeros</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Move to the trash (you can restore it)</source>
        <translation>Mover a la papelera (se puede recuperar)</translation>
    </message>
    <message>
        <source>Restore from trash…</source>
        <translation>Recuperar de la papelera…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Save this template to a file to give a colleague</source>
        <translation>Guardar esta plantilla en un archivo para dársela a un compañero</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Add a template file to My templates</source>
        <translation>Añadir un archivo de plantilla a Mis plantillas</translation>
    </message>
    <message>
        <source>Clinic folder…</source>
        <translation>Carpeta de la clínica…</translation>
    </message>
    <message>
        <source>Choose the shared folder of the clinic library</source>
        <translation>Elegir la carpeta compartida de la biblioteca de la clínica</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>Etiquetas: {tags}</translation>
    </message>
    <message>
        <source>No template matches. Clear the search to see them all.</source>
        <translation>Ninguna plantilla coincide. Borre la búsqueda para verlas todas.</translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} y %n más</numerusform>
            <numerusform>{names} y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n template file(s) could not be read ({names}); hover here for the reasons.</source>
        <translation>
            <numerusform>No se pudo leer %n archivo de plantilla ({names}); pase el ratón por aquí para ver por qué.</numerusform>
            <numerusform>No se pudieron leer %n archivos de plantilla ({names}); pase el ratón por aquí para ver por qué.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundled templates are read-only: duplicate one to change it</source>
        <translation>Las plantillas incluidas son de solo lectura: duplique una para cambiarla</translation>
    </message>
    <message>
        <source>Give it a new name (F2)</source>
        <translation>Darle otro nombre (F2)</translation>
    </message>
    <message>
        <source>Choose a template to see its printout.</source>
        <translation>Elija una plantilla para ver cómo se imprime.</translation>
    </message>
    <message>
        <source>★ Favourite</source>
        <translation>★ Favorita</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>solo lectura</translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>%n ejercicio</numerusform>
            <numerusform>%n ejercicios</numerusform>
        </translation>
    </message>
    <message>
        <source>Drawing the preview…</source>
        <translation>Dibujando la vista previa…</translation>
    </message>
    <message>
        <source>The preview could not be drawn.</source>
        <translation>No se pudo dibujar la vista previa.</translation>
    </message>
    <message>
        <source>The preview could not be drawn: {problem}</source>
        <translation>No se pudo dibujar la vista previa: {problem}</translation>
    </message>
    <message>
        <source>Could not open the template</source>
        <translation>No se pudo abrir la plantilla</translation>
    </message>
    <message>
        <source>Could not mark the favourite</source>
        <translation>No se pudo marcar la favorita</translation>
    </message>
    <message>
        <source>Rename template</source>
        <translation>Cambiar el nombre de la plantilla</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nombre nuevo:</translation>
    </message>
    <message>
        <source>Could not rename the template</source>
        <translation>No se pudo cambiar el nombre de la plantilla</translation>
    </message>
    <message>
        <source>Could not reload the template</source>
        <translation>No se pudo volver a cargar la plantilla</translation>
    </message>
    <message>
        <source>Could not duplicate the template</source>
        <translation>No se pudo duplicar la plantilla</translation>
    </message>
    <message>
        <source>Could not share the template</source>
        <translation>No se pudo compartir la plantilla</translation>
    </message>
    <message>
        <source>Could not delete the template</source>
        <translation>No se pudo borrar la plantilla</translation>
    </message>
    <message>
        <source>Restore from trash</source>
        <translation>Recuperar de la papelera</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>La papelera está vacía.</translation>
    </message>
    <message>
        <source>Could not restore the template</source>
        <translation>No se pudo recuperar la plantilla</translation>
    </message>
    <message>
        <source>Could not export the template</source>
        <translation>No se pudo exportar la plantilla</translation>
    </message>
    <message>
        <source>Could not import the template</source>
        <translation>No se pudo importar la plantilla</translation>
    </message>
    <message>
        <source>Could not remember the clinic folder</source>
        <translation>No se pudo recordar la carpeta de la clínica</translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <source>Empty handout</source>
        <translation>Hoja vacía</translation>
    </message>
    <message>
        <source>Start with a blank page and add exercises from the library.</source>
        <translation>Empiece con una página en blanco y añada ejercicios de la biblioteca.</translation>
    </message>
    <message>
        <source>New handout</source>
        <translation>Hoja nueva</translation>
    </message>
    <message>
        <source>Search templates by condition, body part or exercise</source>
        <translation>Buscar plantillas por problema, zona del cuerpo o ejercicio</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Start from a template, or from an empty handout:</source>
        <translation>Empiece con una plantilla o con una hoja vacía:</translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s), yours</source>
        <translation>
            <numerusform>%n ejercicio, suya</numerusform>
            <numerusform>%n ejercicios, suya</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>%n ejercicio</numerusform>
            <numerusform>%n ejercicios</numerusform>
        </translation>
    </message>
    <message>
        <source>No template matches. Clear the search to see them all.</source>
        <translation>Ninguna plantilla coincide. Borre la búsqueda para verlas todas.</translation>
    </message>
    <message>
        <source>Exercises: {names}</source>
        <translation>Ejercicios: {names}</translation>
    </message>
</context>
<context>
    <name>TranslationDialog</name>
    <message>
        <source>Translations</source>
        <extracomment>A translation was saved (the preview and the editor&apos;s mark should follow).</extracomment>
        <translation>Traducciones</translation>
    </message>
    <message>
        <source>Clinician&apos;s name</source>
        <translation>Nombre del profesional clínico</translation>
    </message>
    <message>
        <source>The clinician who checked every text against the English; saved with today&apos;s date</source>
        <translation>El profesional clínico que comparó cada texto con el inglés; se guarda con la fecha de hoy</translation>
    </message>
    <message>
        <source>Mark &amp;reviewed and save</source>
        <translation>Marcar como &amp;revisada y guardar</translation>
    </message>
    <message>
        <source>&amp;Save as draft</source>
        <translation>&amp;Guardar como borrador</translation>
    </message>
    <message>
        <source>Save your changes; the translation stays marked as a draft until a clinician reviews it</source>
        <translation>Guardar sus cambios; la traducción sigue marcada como borrador hasta que la revise un profesional clínico</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Text of:</source>
        <translation>&amp;Texto de:</translation>
    </message>
    <message>
        <source>Reviewed &amp;by:</source>
        <translation>Revisado &amp;por:</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Plantilla: %1</translation>
    </message>
    <message>
        <source>In this handout</source>
        <translation>En esta hoja</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>the translation of &quot;%1&quot;</source>
        <translation>la traducción de «%1»</translation>
    </message>
    <message>
        <source>Choose an exercise or a template.</source>
        <translation>Elija un ejercicio o una plantilla.</translation>
    </message>
    <message>
        <source>Words in braces are side words: {left|right} prints &quot;left&quot; when the left side is treated and &quot;right&quot; for the right. Keep the braces and write both forms in the same order, e.g. {lewą|prawą}.</source>
        <translation>Las palabras entre llaves indican el lado: {left|right} imprime &quot;left&quot; cuando se trata el lado izquierdo y &quot;right&quot; para el derecho. Mantenga las llaves y escriba las dos formas en el mismo orden, p. ej. {izquierda|derecha}.</translation>
    </message>
    <message>
        <source>Saved in the clinic library, for everyone: %1</source>
        <translation>Guardado en la biblioteca de la clínica, para todos: %1</translation>
    </message>
    <message>
        <source>Saved in your own folder (no clinic library folder is set): %1</source>
        <translation>Guardado en su propia carpeta (no hay carpeta de biblioteca de la clínica): %1</translation>
    </message>
    <message>
        <source>Your own translation file (%1) is printed instead of the clinic&apos;s on this computer.</source>
        <translation>En este ordenador se imprime su propio archivo de traducción (%1) en lugar del de la clínica.</translation>
    </message>
    <message>
        <source>Our draft translation</source>
        <translation>Nuestra traducción provisional</translation>
    </message>
    <message>
        <source>Your clinic&apos;s translation</source>
        <translation>La traducción de su clínica</translation>
    </message>
    <message>
        <source>Your own translation</source>
        <translation>Su propia traducción</translation>
    </message>
    <message>
        <source>Not translated yet: the English prints</source>
        <translation>Aún sin traducir: se imprime el inglés</translation>
    </message>
    <message>
        <source>The English changed since these were translated</source>
        <translation>El inglés ha cambiado desde que se tradujeron</translation>
    </message>
    <message>
        <source>they no longer print. Translate the new English above; marking it reviewed removes these.</source>
        <translation>ya no se imprimen. Traduzca el nuevo texto en inglés de arriba; al marcarla como revisada se quitan.</translation>
    </message>
    <message>
        <source>Reviewed by %1</source>
        <translation>Revisado por %1</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>el %1</translation>
    </message>
    <message>
        <source>Not translated yet: the English prints.</source>
        <translation>Aún sin traducir: se imprime el inglés.</translation>
    </message>
    <message>
        <source>Draft: not yet checked by a clinician.</source>
        <translation>Borrador: aún no revisado por un profesional clínico.</translation>
    </message>
    <message>
        <source>%1 text(s) not translated (printed in English).</source>
        <translation>%1 texto(s) sin traducir (se imprimen en inglés).</translation>
    </message>
    <message>
        <source>Saved: marked reviewed by %1.</source>
        <translation>Guardado: marcado como revisado por %1.</translation>
    </message>
    <message>
        <source>Saved as a draft.</source>
        <translation>Guardado como borrador.</translation>
    </message>
    <message>
        <source>Their version is shown now, with your changes on top; nothing was saved. Check it, then save again.</source>
        <translation>Ahora se muestra su versión, con sus cambios encima; no se guardó nada. Revísela y vuelva a guardar.</translation>
    </message>
</context>
<context>
    <name>UndoNames</name>
    <message>
        <source>title</source>
        <extracomment>The core&apos;s field names (editing.HANDOUT_FIELDS, ITEM_FIELDS, DOSE_FIELDS), for lupdate.</extracomment>
        <translation>título</translation>
    </message>
    <message>
        <source>patient name</source>
        <translation>nombre del paciente</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>therapist</source>
        <translation>fisioterapeuta</translation>
    </message>
    <message>
        <source>review date</source>
        <translation>fecha de revisión</translation>
    </message>
    <message>
        <source>education</source>
        <translation>información</translation>
    </message>
    <message>
        <source>advice</source>
        <translation>consejos</translation>
    </message>
    <message>
        <source>layout</source>
        <translation>diseño</translation>
    </message>
    <message>
        <source>handout language</source>
        <translation>idioma de la hoja</translation>
    </message>
    <message>
        <source>second language</source>
        <translation>segundo idioma</translation>
    </message>
    <message>
        <source>page size</source>
        <translation>tamaño del papel</translation>
    </message>
    <message>
        <source>exercise diary</source>
        <translation>diario de ejercicios</translation>
    </message>
    <message>
        <source>time per session</source>
        <translation>tiempo por sesión</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>pasos</translation>
    </message>
    <message>
        <source>video link</source>
        <translation>enlace de vídeo</translation>
    </message>
    <message>
        <source>sets</source>
        <translation>series</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>repeticiones</translation>
    </message>
    <message>
        <source>time</source>
        <translation>tiempo</translation>
    </message>
    <message>
        <source>reps or time</source>
        <translation>repeticiones o tiempo</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>mantenimiento</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>descanso</translation>
    </message>
    <message>
        <source>frequency</source>
        <translation>frecuencia</translation>
    </message>
    <message>
        <source>side</source>
        <translation>lado</translation>
    </message>
    <message>
        <source>load</source>
        <translation>carga</translation>
    </message>
    <message>
        <source>Reset the dose of {name}</source>
        <extracomment>(the core&apos;s shape, the interface&apos;s text); the first that matches is used.</extracomment>
        <translation>Restablecer la dosis de {name}</translation>
    </message>
    <message>
        <source>Change the dose of {name}</source>
        <translation>Cambiar la dosis de {name}</translation>
    </message>
    <message>
        <source>Change {field} of {name}</source>
        <translation>Cambiar {field} de {name}</translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <translation>Editar {field}</translation>
    </message>
    <message>
        <source>Apply the template &quot;{name}&quot;</source>
        <translation>Aplicar la plantilla «{name}»</translation>
    </message>
    <message>
        <source>Swap {old} for {new}</source>
        <translation>Cambiar {old} por {new}</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>Añadir {name}</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Quitar {name}</translation>
    </message>
    <message>
        <source>Move {name}</source>
        <translation>Mover {name}</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Hip and gluteal</source>
        <translation>Cadera y glúteos</translation>
    </message>
    <message>
        <source>Knee</source>
        <translation>Rodilla</translation>
    </message>
    <message>
        <source>Ankle and foot</source>
        <translation>Tobillo y pie</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Zona lumbar</translation>
    </message>
    <message>
        <source>Upper back</source>
        <translation>Espalda alta</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Cuello</translation>
    </message>
    <message>
        <source>Shoulder</source>
        <translation>Hombro</translation>
    </message>
    <message>
        <source>Elbow</source>
        <translation>Codo</translation>
    </message>
    <message>
        <source>Wrist and hand</source>
        <translation>Muñeca y mano</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Equilibrio</translation>
    </message>
    <message>
        <source>General mobility and stretching</source>
        <translation>Movilidad general y estiramientos</translation>
    </message>
    <message>
        <source>No equipment</source>
        <translation>Sin material</translation>
    </message>
    <message>
        <source>Mat</source>
        <translation>Esterilla</translation>
    </message>
    <message>
        <source>Resistance band</source>
        <translation>Banda elástica</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Escalón</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Silla</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Pared</translation>
    </message>
    <message>
        <source>Ball</source>
        <translation>Pelota</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Towel</source>
        <translation>Toalla</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Mesa</translation>
    </message>
    <message>
        <source>Bench</source>
        <translation>Banco</translation>
    </message>
    <message>
        <source>Foam roller</source>
        <translation>Rodillo</translation>
    </message>
    <message>
        <source>Stick or broom handle</source>
        <translation>Palo o escoba</translation>
    </message>
    <message>
        <source>Cushion</source>
        <translation>Cojín</translation>
    </message>
    <message>
        <source>Belt or strap</source>
        <translation>Cinturón o correa</translation>
    </message>
    <message>
        <source>Exercise bike</source>
        <translation>Bicicleta estática</translation>
    </message>
    <message>
        <source>beginner</source>
        <translation>principiante</translation>
    </message>
    <message>
        <source>intermediate</source>
        <translation>intermedio</translation>
    </message>
    <message>
        <source>advanced</source>
        <translation>avanzado</translation>
    </message>
</context>
</TS>
