<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ConfirmsDiscard</name>
    <message>
        <source>the clinic profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template&apos;s name, description and tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DoseFields</name>
    <message>
        <source>Both sides / not sided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternate sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets</source>
        <extracomment>A part of the dose changed: name (&quot;sets&quot;, &quot;work&quot;, &quot;hold&quot;, &quot;rest&quot;, &quot;frequency&quot;, &quot;side&quot;, &quot;load&quot;) and its new value (for &quot;work&quot;: the typed text&apos;s value).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reps or time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets: a number (3) or a range (2-3). Empty for none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reps (10, 8-12, up to 15, as many as comfortable), or a time or distance instead of reps (30 s, 10 min, 500 m).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long to hold each rep: 5 s, 1 min, 5-10 s (a number alone is seconds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest between sets: 30 s, 1 min (a number alone is seconds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often: twice a day, 3 times a week, twice a day, 5 days a week, or your own words (printed as you type them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 or 30 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 5 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 30 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. twice a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each side: the dose on one side, then on the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. red band, 2 kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reps or time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H&amp;old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fre&amp;quency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints as: {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dose: nothing is printed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorPane</name>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient&apos;s name</source>
        <extracomment>The first-run hint&apos;s &quot;start from a template&quot; link, and its close button.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed at the top of the handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date printed on the handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on the handout; the default comes from the clinic profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your exercise programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size for printing and the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compact fits more on a page; large print is easier to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language the handout is printed in: headings, dose, dates and our exercise texts. What you type prints as typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a tick-box diary page for this many weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;herapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;per</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La&amp;yout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the estimated time a session takes under &quot;Your exercises&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the patient should know about their condition.

## A heading
- a bullet point
**bold** text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General advice printed after the exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick-box exercise dia&amp;ry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice and diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Tip:&lt;/b&gt; start from a template for the condition (knee, back, shoulder…) and adjust it: &lt;a href=&apos;templates&apos;&gt;choose a template&lt;/a&gt; (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this tip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These characters cannot be printed and would show as empty boxes: {characters}. Please remove or replace them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s) not yet translated: what is missing prints in English.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Draft translation: not yet checked by a clinician. (Not printed.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Handout (*.handout.json *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoutDocument</name>
    <message>
        <source>Untitled</source>
        <extracomment>Something in the handout changed (any field). Widgets re-read what they show. The list of exercises changed shape (added, removed, moved). Argument: the row to select afterwards, or -1. A different handout was loaded (New, Open, restore); the undo history is new. The file path changed (Save As, Open). Undo or redo changed this exercise: show it, so the change is seen. The change shown last (the preview follows it when it concerns an exercise).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoutItemsModel</name>
    <message>
        <source>Drag to reorder, or Alt+Up / Alt+Down. Delete removes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n exercise(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source>◀ Easier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harder ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to library text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes for this patient (printed under the exercise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One step per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instructions printed for this patient, one step per line.
Changes apply to this handout only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the library&apos;s wording for the steps again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps for this patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make {name} easier: {choice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make {name} harder: {choice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap for {names}, keeping the dose and notes ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library names no easier version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library names no harder version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an exercise to set its dose and notes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemsView</name>
    <message>
        <source>Exercises in this handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exercises yet.

Start from a template (Ctrl+N), or find an exercise in the library (Ctrl+F), then press Enter, double-click it, or drag it here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>My exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also called: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click, press Enter or drag into the handout to add it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryPane</name>
    <message>
        <source>Search exercises (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, also-known-as, body region or equipment.
Press Enter to add the highlighted exercise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only exercises for one body region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only exercises that use this equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ Favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recently used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{found} of %n exercise(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout Builder will be in {language} the next time you start it. Handouts still print in each handout&apos;s own language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <extracomment>Emitted once, the first time the window is shown (startup measurement).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a handout from a template or from scratch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find, preview, share and manage templates; start a handout from one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a saved handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this handout to reopen next visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this handout under a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the exercises and advice as a template (patient details are left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the handout as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Exported P&amp;DF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the last exported PDF in your PDF viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clinic Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your clinic&apos;s name, logo and contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Handout Builder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo what was undone (Ctrl+Y or Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo what was undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the exercise library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to Handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the exercise selected in the library (or press Enter in the library)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to or Remove from &amp;Favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Star the selected library exercise; the region filter lists your favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make &amp;Easier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap the selected exercise for its easier version, keeping dose and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make &amp;Harder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap the selected exercise for its harder version, keeping dose and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the programme as plain text, for the patient&apos;s notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every keyboard shortcut (F1, or ? where you are not typing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New E&amp;xercise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create your own exercise, with your own photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit or Duplicate E&amp;xercise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit your own exercise, or duplicate a library exercise as your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected exercise up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected exercise down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove from Handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected exercise out of the handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface &amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Handout Builder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Preview not updated: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not keep a recovery copy: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview could not be drawn; details in {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new handout from a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>find an exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add the highlighted exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move the selected exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove it (in the exercise list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undo / redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Handout Builder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illustrated exercise handouts for your patients, made during the consultation. Offline: nothing leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic profile not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n easier/harder version(s) are not in the library; see {log}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n library file(s) could not be read; see {log}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not restore your unsaved work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untitled handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, last changed {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored your unsaved work. Save it to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start a new handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New handout from the template &quot;{name}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the template &quot;{name}&quot; (no patient details) to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not print the handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{field} of {exercise}: {problem}. Fix it, or press Esc in the field to keep the handout&apos;s value, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last PDF was exported for another handout; export this one first (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no exported PDF to open yet; export one first (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no PDF viewer could be started; open the file from your file manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent handouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the Computer ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of menus and windows; the handout prints in its own language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interface stays in {language}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the clinic profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic profile saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a handout can hold at most {count} exercises; start a second handout for the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save your favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} added to favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} removed from favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {name} in your exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no easier version in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no harder version in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an exercise first</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied the summary of %n exercise(s): paste it into the patient&apos;s notes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MarkupEditor</name>
    <message>
        <source>The formatted text appears here as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bullet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blank line: new paragraph</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Preview of the printed handout</source>
        <extracomment>A new PDF is on screen. Argument: its generation number. The preview could not be rendered (plain-words message). An unexpected error while rendering (the traceback, for the crash log). The PDF on screen. Seconds from the first edit after the previous refresh to this refresh.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is exactly what will be printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page (Page Up in the preview)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page (Page Down in the preview)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview could not be drawn. The details were written to the log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview could not be drawn: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit to the width of the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom (Ctrl+0 fits the pages to the width)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this sheet, wherever you are not typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the search box or the library: add the highlighted exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the search box: walk the search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the exercise list: remove the selected exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the search box: straight to the dose of the exercise just added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in a dose field: one more or one less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in a dose field: put back the value the handout has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shortcuts work wherever the cursor is, unless it is typing there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <source>Empty handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with a blank page and add exercises from the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search templates by condition, body part or exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from a template, or from an empty handout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s), yours</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No template matches. Clear the search to see them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises: {names}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Hip and gluteal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ankle and foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shoulder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elbow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrist and hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General mobility and stretching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resistance band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ball</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Towel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foam roller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stick or broom handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cushion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belt or strap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise bike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beginner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intermediate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>advanced</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
