<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
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
</TS>
