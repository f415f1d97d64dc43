<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>EditorPane</name>
    <message numerus="yes">
        <source>%n exercise(s) not yet translated: what is missing prints in English.</source>
        <translation>
            <numerusform>%n exercise not yet translated: what is missing prints in English.</numerusform>
            <numerusform>%n exercises not yet translated: what is missing prints in English.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) a session</source>
        <translation>
            <numerusform>about %n minute a session</numerusform>
            <numerusform>about %n minutes a session</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>%n exercise</numerusform>
            <numerusform>%n exercises</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExerciseEditor</name>
    <message numerus="yes">
        <source>%n photo file(s) missing; left out when you save.</source>
        <translation>
            <numerusform>%n photo file missing; left out when you save.</numerusform>
            <numerusform>%n photo files missing; left out when you save.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoutItemsModel</name>
    <message numerus="yes">
        <source>Add %n exercise(s)</source>
        <translation>
            <numerusform>Add %n exercise</numerusform>
            <numerusform>Add %n exercises</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryPane</name>
    <message numerus="yes">
        <source>{found} of %n exercise(s)</source>
        <translation>
            <numerusform>{found} of %n exercise</numerusform>
            <numerusform>{found} of %n exercises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>%n exercise</numerusform>
            <numerusform>%n exercises</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>%n exercise</numerusform>
            <numerusform>%n exercises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n easier/harder version(s) are not in the library; see {log}</source>
        <translation>
            <numerusform>%n easier/harder version is not in the library; see {log}</numerusform>
            <numerusform>%n easier/harder versions are not in the library; see {log}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n library file(s) could not be read; see {log}</source>
        <translation>
            <numerusform>%n library file could not be read; see {log}</numerusform>
            <numerusform>%n library files could not be read; see {log}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer</source>
        <translation>
            <numerusform>Sent %n page to the printer</numerusform>
            <numerusform>Sent %n pages to the printer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied the summary of %n exercise(s): paste it into the patient&apos;s notes</source>
        <translation>
            <numerusform>Copied the summary of %n exercise: paste it into the patient&apos;s notes</numerusform>
            <numerusform>Copied the summary of %n exercises: paste it into the patient&apos;s notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message numerus="yes">
        <source>Remove ticked, keep %n, and save</source>
        <translation>
            <numerusform>Remove ticked, keep %n, and save</numerusform>
            <numerusform>Remove ticked, keep %n, and save</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateBrowser</name>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} and %n more</numerusform>
            <numerusform>{names} and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n template file(s) could not be read ({names}); hover here for the reasons.</source>
        <translation>
            <numerusform>%n template file could not be read ({names}); hover here for the reasons.</numerusform>
            <numerusform>%n template files could not be read ({names}); hover here for the reasons.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>%n exercise</numerusform>
            <numerusform>%n exercises</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message numerus="yes">
        <source>%n exercise(s), yours</source>
        <translation>
            <numerusform>%n exercise, yours</numerusform>
            <numerusform>%n exercises, yours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>%n exercise</numerusform>
            <numerusform>%n exercises</numerusform>
        </translation>
    </message>
</context>
</TS>
