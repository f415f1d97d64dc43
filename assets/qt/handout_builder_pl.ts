<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>Ask</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Niezapisane zmiany</translation>
    </message>
    <message>
        <source>Save the changes to the handout for {name}?</source>
        <translation>Zapisać zmiany w materiale dla: {name}?</translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation>Jeśli nie zapiszesz, zmiany zostaną utracone.</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Odrzucić zmiany?</translation>
    </message>
    <message>
        <source>Discard what you changed in {what}?</source>
        <translation>Odrzucić zmiany w {what}?</translation>
    </message>
    <message>
        <source>Choose Keep editing to go back to it.</source>
        <translation>Wybierz „Edytuj dalej”, aby wrócić.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Odrzuć</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Edytuj dalej</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>Przywrócić niezapisaną pracę?</translation>
    </message>
    <message>
        <source>Handout Builder closed without saving your last handout ({description}).

Restore it now? If you choose No, it is deleted.</source>
        <translation>Handout Builder zamknął się bez zapisania ostatniego materiału ({description}).

Przywrócić go teraz? Jeśli wybierzesz Nie, zostanie usunięty.</translation>
    </message>
</context>
<context>
    <name>BrowserDialogs</name>
    <message>
        <source>Handout template (*.json)</source>
        <translation>Szablon materiału (*.json)</translation>
    </message>
    <message>
        <source>Move &quot;{name}&quot; from the clinic library (for everyone) to the trash?

You can restore it later with Restore from trash.</source>
        <translation>Przenieść „{name}” z biblioteki przychodni (dla wszystkich) do kosza?

Możesz go później przywrócić przyciskiem Przywróć z kosza.</translation>
    </message>
    <message>
        <source>Move &quot;{name}&quot; from My templates to the trash?

You can restore it later with Restore from trash.</source>
        <translation>Przenieść „{name}” z Moich szablonów do kosza?

Możesz go później przywrócić przyciskiem Przywróć z kosza.</translation>
    </message>
    <message>
        <source>Delete template?</source>
        <translation>Usunąć szablon?</translation>
    </message>
    <message>
        <source>{name}  ({origin}, deleted {when})</source>
        <translation>{name}  ({origin}, usunięty {when})</translation>
    </message>
    <message>
        <source>Restore from trash</source>
        <translation>Przywróć z kosza</translation>
    </message>
    <message>
        <source>Template to restore:</source>
        <translation>Szablon do przywrócenia:</translation>
    </message>
    <message>
        <source>Export template</source>
        <translation>Eksportuj szablon</translation>
    </message>
    <message>
        <source>Import template</source>
        <translation>Importuj szablon</translation>
    </message>
    <message>
        <source>Template already there</source>
        <translation>Szablon już istnieje</translation>
    </message>
    <message>
        <source>You already have &quot;{name}&quot; ({origin}).</source>
        <translation>Masz już „{name}” ({origin}).</translation>
    </message>
    <message>
        <source>Import the file as a copy next to it, or replace it?</source>
        <translation>Zaimportować plik jako kopię obok niego czy go zastąpić?</translation>
    </message>
    <message>
        <source>Import as copy</source>
        <translation>Importuj jako kopię</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Zastąp</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Zmienione przez kogoś innego</translation>
    </message>
    <message>
        <source>Save as copy</source>
        <translation>Zapisz jako kopię</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Wczytaj ponownie</translation>
    </message>
    <message>
        <source>Clinic library folder (shared)</source>
        <translation>Folder biblioteki przychodni (wspólny)</translation>
    </message>
</context>
<context>
    <name>ClinicDialog</name>
    <message>
        <source>Clinic profile</source>
        <translation>Profil przychodni</translation>
    </message>
    <message>
        <source>e.g. Riverside Physiotherapy</source>
        <translation>np. Fizjoterapia Nad Rzeką</translation>
    </message>
    <message>
        <source>Street, town, postcode</source>
        <translation>Ulica, miejscowość, kod pocztowy</translation>
    </message>
    <message>
        <source>www.example.com</source>
        <translation>www.example.com</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Brak logo</translation>
    </message>
    <message>
        <source>A picture printed at the top of each handout (JPEG, PNG, WebP, BMP or TIFF); a copy is kept with your settings</source>
        <translation>Obraz drukowany na górze każdego materiału (JPEG, PNG, WebP, BMP lub TIFF); kopia jest przechowywana z ustawieniami</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Filled in on every new handout</source>
        <translation>Wpisywane w każdym nowym materiale</translation>
    </message>
    <message>
        <source>Printed in small type at the foot of every page</source>
        <translation>Drukowane małą czcionką u dołu każdej strony</translation>
    </message>
    <message>
        <source>Printed once on every handout, before the exercises. Leave empty for the standard wording shown here.</source>
        <translation>Drukowane raz w każdym materiale, przed ćwiczeniami. Zostaw puste, aby użyć standardowego tekstu widocznego tutaj.</translation>
    </message>
    <message>
        <source>Paper size for new handouts</source>
        <translation>Rozmiar papieru dla nowych materiałów</translation>
    </message>
    <message>
        <source>The language new handouts start in (each handout can change it)</source>
        <translation>Język, w którym zaczynają się nowe materiały (każdy materiał może go zmienić)</translation>
    </message>
    <message>
        <source>The colour of headings and lines in the handout</source>
        <translation>Kolor nagłówków i linii w materiale</translation>
    </message>
    <message>
        <source>Clinic &amp;name</source>
        <translation>&amp;Nazwa przychodni</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adres</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>Strona &amp;WWW</translation>
    </message>
    <message>
        <source>&amp;Logo</source>
        <translation>&amp;Logo</translation>
    </message>
    <message>
        <source>Default &amp;therapist</source>
        <translation>Domyślny &amp;terapeuta</translation>
    </message>
    <message>
        <source>Footer &amp;disclaimer</source>
        <translation>Zastrzeżenie w &amp;stopce</translation>
    </message>
    <message>
        <source>Pain &amp;rule</source>
        <translation>Zasada &amp;bólu</translation>
    </message>
    <message>
        <source>Paper si&amp;ze</source>
        <translation>Rozmiar &amp;papieru</translation>
    </message>
    <message>
        <source>Handout lan&amp;guage</source>
        <translation>&amp;Język materiału</translation>
    </message>
    <message>
        <source>Accent &amp;colour</source>
        <translation>&amp;Kolor akcentu</translation>
    </message>
    <message>
        <source>Printed on every handout you make.</source>
        <translation>Drukowane w każdym przygotowanym materiale.</translation>
    </message>
    <message>
        <source>Logo not used</source>
        <translation>Logo nie zostało użyte</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Brak</translation>
    </message>
    <message>
        <source>A clean copy is kept with your settings when you save.</source>
        <translation>Po zapisaniu czysta kopia zostanie zachowana z ustawieniami.</translation>
    </message>
    <message>
        <source>Printed at the top of every handout.</source>
        <translation>Drukowane na górze każdego materiału.</translation>
    </message>
    <message>
        <source>The logo file is missing; choose it again.</source>
        <translation>Brakuje pliku logo; wybierz go ponownie.</translation>
    </message>
    <message>
        <source>Kept with your settings: moving the original does not matter.</source>
        <translation>Przechowywane z ustawieniami: przeniesienie oryginału nic nie zmienia.</translation>
    </message>
    <message>
        <source>A copy will be kept with your settings when you save.</source>
        <translation>Po zapisaniu kopia zostanie zachowana z ustawieniami.</translation>
    </message>
    <message>
        <source>Logo not kept</source>
        <translation>Logo nie zostało zachowane</translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation>Kolor akcentu</translation>
    </message>
</context>
<context>
    <name>ConfirmsDiscard</name>
    <message>
        <source>the clinic profile</source>
        <translation>profilu przychodni</translation>
    </message>
    <message>
        <source>this window</source>
        <translation>tym oknie</translation>
    </message>
    <message>
        <source>this exercise</source>
        <translation>tym ćwiczeniu</translation>
    </message>
    <message>
        <source>the template&apos;s name, description and tags</source>
        <translation>nazwie, opisie i tagach szablonu</translation>
    </message>
</context>
<context>
    <name>CropDialog</name>
    <message>
        <source>Crop photo</source>
        <translation>Przytnij zdjęcie</translation>
    </message>
    <message>
        <source>Whole picture</source>
        <translation>Całe zdjęcie</translation>
    </message>
    <message>
        <source>Centre 4:3</source>
        <translation>Środek 4:3</translation>
    </message>
    <message>
        <source>Drag over the part of the photo to keep.</source>
        <translation>Przeciągnij po części zdjęcia, którą chcesz zachować.</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>No date</source>
        <translation>Bez daty</translation>
    </message>
</context>
<context>
    <name>DoseFields</name>
    <message>
        <source>Both sides / not sided</source>
        <translation>Obie strony / bez strony</translation>
    </message>
    <message>
        <source>Each side</source>
        <translation>Każda strona</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Lewa strona</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Prawa strona</translation>
    </message>
    <message>
        <source>Alternate sides</source>
        <translation>Strony na zmianę</translation>
    </message>
    <message>
        <source>Sets</source>
        <extracomment>A part of the dose changed: name (&quot;sets&quot;, &quot;work&quot;, &quot;hold&quot;, &quot;rest&quot;, &quot;frequency&quot;, &quot;side&quot;, &quot;load&quot;) and its new value (for &quot;work&quot;: the typed text&apos;s value).</extracomment>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Reps or time</source>
        <translation>Powtórzenia lub czas</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Przytrzymanie</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Przerwa</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Częstotliwość</translation>
    </message>
    <message>
        <source>Sets: a number (3) or a range (2-3). Empty for none.</source>
        <translation>Serie: liczba (3) lub zakres (2-3). Puste, jeśli brak.</translation>
    </message>
    <message>
        <source>Reps (10, 8-12, up to 15, as many as comfortable), or a time or distance instead of reps (30 s, 10 min, 500 m).</source>
        <translation>Powtórzenia (10, 8-12, up to 15, as many as comfortable) albo czas lub dystans zamiast powtórzeń (30 s, 10 min, 500 m).</translation>
    </message>
    <message>
        <source>How long to hold each rep: 5 s, 1 min, 5-10 s (a number alone is seconds).</source>
        <translation>Jak długo przytrzymać każde powtórzenie: 5 s, 1 min, 5-10 s (sama liczba to sekundy).</translation>
    </message>
    <message>
        <source>Rest between sets: 30 s, 1 min (a number alone is seconds).</source>
        <translation>Przerwa między seriami: 30 s, 1 min (sama liczba to sekundy).</translation>
    </message>
    <message>
        <source>How often: twice a day, 3 times a week, twice a day, 5 days a week, or your own words (printed as you type them).</source>
        <translation>Jak często: twice a day, 3 times a week, twice a day, 5 days a week albo własnymi słowami (drukowane tak, jak je wpiszesz).</translation>
    </message>
    <message>
        <source>e.g. 3</source>
        <translation>np. 3</translation>
    </message>
    <message>
        <source>10 or 30 s</source>
        <translation>10 lub 30 s</translation>
    </message>
    <message>
        <source>e.g. 5 s</source>
        <translation>np. 5 s</translation>
    </message>
    <message>
        <source>e.g. 30 s</source>
        <translation>np. 30 s</translation>
    </message>
    <message>
        <source>e.g. twice a day</source>
        <translation>np. twice a day</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Strona</translation>
    </message>
    <message>
        <source>Each side: the dose on one side, then on the other</source>
        <translation>Każda strona: dawka na jedną stronę, potem na drugą</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Obciążenie</translation>
    </message>
    <message>
        <source>e.g. red band, 2 kg</source>
        <translation>np. taśma, 2 kg</translation>
    </message>
    <message>
        <source>&amp;Sets</source>
        <translation>&amp;Serie</translation>
    </message>
    <message>
        <source>&amp;Reps or time</source>
        <translation>Po&amp;wtórzenia lub czas</translation>
    </message>
    <message>
        <source>H&amp;old</source>
        <translation>P&amp;rzytrzymanie</translation>
    </message>
    <message>
        <source>Fre&amp;quency</source>
        <translation>&amp;Częstotliwość</translation>
    </message>
    <message>
        <source>S&amp;ide</source>
        <translation>S&amp;trona</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Obciążenie</translation>
    </message>
    <message>
        <source>Prints as: {line}</source>
        <translation>Wydruk: {line}</translation>
    </message>
    <message>
        <source>No dose: nothing is printed.</source>
        <translation>Brak dawki: nic nie jest drukowane.</translation>
    </message>
</context>
<context>
    <name>EditorPane</name>
    <message>
        <source>Standard</source>
        <translation>Standardowy</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>Zwarty</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>Duży druk</translation>
    </message>
    <message>
        <source>Patient&apos;s name</source>
        <extracomment>The first-run hint&apos;s &quot;start from a template&quot; link, and its close button. The translation mark&apos;s link: open the Translations dialog.</extracomment>
        <translation>Imię i nazwisko pacjenta</translation>
    </message>
    <message>
        <source>Printed at the top of the handout</source>
        <translation>Drukowane na górze materiału</translation>
    </message>
    <message>
        <source>The date printed on the handout</source>
        <translation>Data drukowana na materiale</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Twoje imię i nazwisko</translation>
    </message>
    <message>
        <source>Printed on the handout; the default comes from the clinic profile</source>
        <translation>Drukowane na materiale; domyślnie z profilu przychodni</translation>
    </message>
    <message>
        <source>Your exercise programme</source>
        <translation>Twój program ćwiczeń</translation>
    </message>
    <message>
        <source>Paper size for printing and the PDF</source>
        <translation>Rozmiar papieru do druku i PDF</translation>
    </message>
    <message>
        <source>Compact fits more on a page; large print is easier to read</source>
        <translation>Zwarty mieści więcej na stronie; duży druk łatwiej czytać</translation>
    </message>
    <message>
        <source>The language the handout is printed in: headings, dose, dates and our exercise texts. What you type prints as typed.</source>
        <translation>Język wydruku materiału: nagłówki, dawka, daty i nasze opisy ćwiczeń. To, co wpiszesz, drukuje się bez zmian.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Brak</translation>
    </message>
    <message>
        <source>Also print each exercise&apos;s name, steps and cautions (and our education, pain rule and advice) in a second language, under the first, for a carer. Text you type prints once, as typed.</source>
        <translation>Drukuje też nazwę, kroki i ostrzeżenia każdego ćwiczenia (oraz nasze wyjaśnienia, zasadę bólu i porady) w drugim języku, pod pierwszym, dla opiekuna. Tekst, który wpiszesz, drukuje się raz, tak jak go wpisano.</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> tyg.</translation>
    </message>
    <message>
        <source>Add a tick-box diary page for this many weeks</source>
        <translation>Dodaj stronę dzienniczka z polami do zaznaczania na tyle tygodni</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>&amp;Pacjent</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>T&amp;herapist</source>
        <translation>&amp;Terapeuta</translation>
    </message>
    <message>
        <source>Pa&amp;per</source>
        <translation>Pa&amp;pier</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>T&amp;ytuł</translation>
    </message>
    <message>
        <source>La&amp;yout</source>
        <translation>&amp;Układ</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <source>Also print i&amp;n</source>
        <translation>Drukuj też &amp;w języku</translation>
    </message>
    <message>
        <source>Print it</source>
        <translation>Drukuj go</translation>
    </message>
    <message>
        <source>Print the estimated time a session takes under &quot;Your exercises&quot;</source>
        <translation>Drukuj szacowany czas sesji pod „Twoje ćwiczenia”</translation>
    </message>
    <message>
        <source>What the patient should know about their condition.

## A heading
- a bullet point
**bold** text</source>
        <translation>Co pacjent powinien wiedzieć o swoim problemie.

## Nagłówek
- punkt listy
**pogrubiony** tekst</translation>
    </message>
    <message>
        <source>General advice printed after the exercises</source>
        <translation>Ogólne porady drukowane po ćwiczeniach</translation>
    </message>
    <message>
        <source>Tick-box exercise dia&amp;ry:</source>
        <translation>Dzie&amp;nniczek ćwiczeń z polami:</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Ćwiczenia</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Edukacja</translation>
    </message>
    <message>
        <source>Advice and diary</source>
        <translation>Porady i dzienniczek</translation>
    </message>
    <message>
        <source>Handout</source>
        <translation>Materiał</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tip:&lt;/b&gt; start from a template for the condition (knee, back, shoulder…) and adjust it: &lt;a href=&apos;templates&apos;&gt;choose a template&lt;/a&gt; (Ctrl+N).</source>
        <translation>&lt;b&gt;Wskazówka:&lt;/b&gt; zacznij od szablonu dla danego problemu (kolano, plecy, bark…) i dopasuj go: &lt;a href=&apos;templates&apos;&gt;wybierz szablon&lt;/a&gt; (Ctrl+N).</translation>
    </message>
    <message>
        <source>Hide this tip</source>
        <translation>Ukryj tę wskazówkę</translation>
    </message>
    <message>
        <source>These characters cannot be printed and would show as empty boxes: {characters}. Please remove or replace them.</source>
        <translation>Tych znaków nie da się wydrukować i pojawią się jako puste kratki: {characters}. Usuń je lub zamień.</translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s) not yet translated: what is missing prints in English.</source>
        <translation>
            <numerusform>%n ćwiczenie jeszcze nieprzetłumaczone: brakujące teksty drukują się po angielsku.</numerusform>
            <numerusform>%n ćwiczenia jeszcze nieprzetłumaczone: brakujące teksty drukują się po angielsku.</numerusform>
            <numerusform>%n ćwiczeń jeszcze nieprzetłumaczonych: brakujące teksty drukują się po angielsku.</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft translation: not yet checked by a clinician. (Not printed.)</source>
        <translation>Wstępne tłumaczenie: jeszcze niesprawdzone przez klinicystę. (Nie drukuje się.)</translation>
    </message>
    <message>
        <source>reviewed by %1 on %2</source>
        <translation>sprawdził(a) %1, %2</translation>
    </message>
    <message>
        <source>reviewed by %1</source>
        <translation>sprawdził(a) %1</translation>
    </message>
    <message>
        <source>(Not printed.)</source>
        <translation>(Nie drukuje się.)</translation>
    </message>
    <message>
        <source>{language}: not yet translated for {missing} of {total} exercises; nothing prints in {language} for what is missing.</source>
        <translation>{language}: jeszcze bez tłumaczenia dla {missing} z {total} ćwiczeń; tego, czego brakuje, nic nie drukuje się w języku: {language}.</translation>
    </message>
    <message>
        <source>{language}: draft translation, not yet checked by a clinician. (Not printed.)</source>
        <translation>{language}: wersja robocza tłumaczenia, jeszcze niesprawdzona przez klinicystę. (Nie drukuje się.)</translation>
    </message>
    <message>
        <source>Exercises ({count})</source>
        <translation>Ćwiczenia ({count})</translation>
    </message>
    <message>
        <source>%1 (unknown: prints as Standard)</source>
        <translation>%1 (nieznany: drukuje się jako Standardowy)</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) a session</source>
        <translation>
            <numerusform>około %n minuty na sesję</numerusform>
            <numerusform>około %n minut na sesję</numerusform>
            <numerusform>około %n minut na sesję</numerusform>
        </translation>
    </message>
    <message>
        <source>plus {names}</source>
        <translation>plus {names}</translation>
    </message>
    <message>
        <source>not timed: {names}</source>
        <translation>bez pomiaru czasu: {names}</translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>%n ćwiczenie</numerusform>
            <numerusform>%n ćwiczenia</numerusform>
            <numerusform>%n ćwiczeń</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExerciseEditor</name>
    <message>
        <source>{name} (my version)</source>
        <translation>{name} (moja wersja)</translation>
    </message>
    <message>
        <source>Edit my exercise</source>
        <translation>Edytuj moje ćwiczenie</translation>
    </message>
    <message>
        <source>New exercise</source>
        <translation>Nowe ćwiczenie</translation>
    </message>
    <message>
        <source>Duplicate as my exercise</source>
        <translation>Powiel jako moje ćwiczenie</translation>
    </message>
    <message>
        <source>e.g. Hip hitch on a step</source>
        <translation>np. Unoszenie biodra na stopniu</translation>
    </message>
    <message>
        <source>Other names, separated by commas</source>
        <translation>Inne nazwy, oddzielone przecinkami</translation>
    </message>
    <message>
        <source>Words to find it by, separated by commas</source>
        <translation>Słowa, po których można je znaleźć, oddzielone przecinkami</translation>
    </message>
    <message>
        <source>One step per line, in plain words for the patient</source>
        <translation>Jeden krok w wierszu, prostymi słowami dla pacjenta</translation>
    </message>
    <message>
        <source>One per line, e.g. Stop if it hurts more than a little</source>
        <translation>Jedna w wierszu, np. Przerwij, jeśli boli bardziej niż trochę</translation>
    </message>
    <message>
        <source>https://…  (printed as a QR code)</source>
        <translation>https://…  (drukowany jako kod QR)</translation>
    </message>
    <message>
        <source>My exercises</source>
        <translation>Moje ćwiczenia</translation>
    </message>
    <message>
        <source>Clinic library (shared)</source>
        <translation>Biblioteka przychodni (wspólna)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nazwa</translation>
    </message>
    <message>
        <source>Also &amp;known as</source>
        <translation>&amp;Inne nazwy</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Poziom</translation>
    </message>
    <message>
        <source>Body &amp;region</source>
        <translation>&amp;Część ciała</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>&amp;Tagi</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Sprzęt</translation>
    </message>
    <message>
        <source>&amp;Steps</source>
        <translation>&amp;Kroki</translation>
    </message>
    <message>
        <source>Default &amp;dose</source>
        <translation>&amp;Dawka</translation>
    </message>
    <message>
        <source>&amp;Precautions</source>
        <translation>&amp;Ostrożnie</translation>
    </message>
    <message>
        <source>&amp;Video link</source>
        <translation>&amp;Link do wideo</translation>
    </message>
    <message>
        <source>Save &amp;in</source>
        <translation>&amp;Zapisz w</translation>
    </message>
    <message>
        <source>Drop photos here, or paste one with Ctrl+V</source>
        <translation>Upuść tu zdjęcia albo wklej jedno przez Ctrl+V</translation>
    </message>
    <message>
        <source>Add photo…</source>
        <translation>Dodaj zdjęcie…</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Wklej</translation>
    </message>
    <message>
        <source>Crop…</source>
        <translation>Przytnij…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Move the photo earlier</source>
        <translation>Przesuń zdjęcie wcześniej</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Rysunek</translation>
    </message>
    <message>
        <source>Photos (up to 3, printed instead of the figure)</source>
        <translation>Zdjęcia (do 3, drukowane zamiast rysunku)</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Obraz</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Przenieś do kosza</translation>
    </message>
    <message>
        <source>Old drawing,
no longer shown</source>
        <translation>Stary rysunek,
już niewyświetlany</translation>
    </message>
    <message>
        <source>No figure</source>
        <translation>Brak rysunku</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Brak</translation>
    </message>
    <message>
        <source>Photo {number}</source>
        <translation>Zdjęcie {number}</translation>
    </message>
    <message>
        <source>The figure is printed. Add up to 3 photos (file, drop or paste) to print them instead.</source>
        <translation>Drukowany jest rysunek. Dodaj do 3 zdjęć (plik, upuszczenie lub wklejenie), aby drukować je zamiast niego.</translation>
    </message>
    <message>
        <source>No picture yet: add up to 3 photos (file, drop or paste).</source>
        <translation>Nie ma jeszcze obrazu: dodaj do 3 zdjęć (plik, upuszczenie lub wklejenie).</translation>
    </message>
    <message>
        <source>The photos are printed instead of the figure. They are stored upright, print-sized and without any location or camera data.</source>
        <translation>Zdjęcia są drukowane zamiast rysunku. Są zapisywane prosto, w rozmiarze do druku i bez danych o miejscu lub aparacie.</translation>
    </message>
    <message numerus="yes">
        <source>%n photo file(s) missing; left out when you save.</source>
        <translation>
            <numerusform>Brakuje %n pliku zdjęcia; zostanie pominięty przy zapisie.</numerusform>
            <numerusform>Brakuje %n plików zdjęć; zostaną pominięte przy zapisie.</numerusform>
            <numerusform>Brakuje %n plików zdjęć; zostaną pominięte przy zapisie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Photo missing</source>
        <translation>Brak zdjęcia</translation>
    </message>
    <message>
        <source>An exercise can have at most {count} photos; remove one first.</source>
        <translation>Ćwiczenie może mieć najwyżej {count} zdjęcia; najpierw usuń jedno.</translation>
    </message>
    <message>
        <source>The clipboard holds no picture. Copy a photo first, then paste.</source>
        <translation>W schowku nie ma obrazu. Najpierw skopiuj zdjęcie, potem je wklej.</translation>
    </message>
    <message>
        <source>Default dose, {field}: {problem}. Fix it (or press Esc in that field to put back what was there) before saving.</source>
        <translation>Domyślna dawka, {field}: {problem}. Popraw to (lub naciśnij Esc w tym polu, aby przywrócić poprzednią wartość) przed zapisem.</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; was deleted by someone else; save it as a new exercise if you still need it</source>
        <translation>ktoś inny usunął „{name}”; zapisz je jako nowe ćwiczenie, jeśli nadal go potrzebujesz</translation>
    </message>
    <message>
        <source>Showing the version saved by someone else; your changes were not saved.</source>
        <translation>Wyświetlana jest wersja zapisana przez kogoś innego; twoje zmiany nie zostały zapisane.</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Handout (*.handout.json *.json)</source>
        <translation>Materiał (*.handout.json *.json)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Dokument PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>Obrazy ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Open handout</source>
        <translation>Otwórz materiał</translation>
    </message>
    <message>
        <source>Save handout</source>
        <translation>Zapisz materiał</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Eksportuj PDF</translation>
    </message>
    <message>
        <source>Choose the clinic logo</source>
        <translation>Wybierz logo przychodni</translation>
    </message>
</context>
<context>
    <name>HandoutDocument</name>
    <message>
        <source>Untitled</source>
        <extracomment>Something in the handout changed (any field). Widgets re-read what they show. The list of exercises changed shape (added, removed, moved). Argument: the row to select afterwards, or -1. A different handout was loaded (New, Open, restore); the undo history is new. The file path changed (Save As, Open). Undo or redo changed this exercise: show it, so the change is seen. The change shown last (the preview follows it when it concerns an exercise).</extracomment>
        <translation>Bez tytułu</translation>
    </message>
</context>
<context>
    <name>HandoutItemsModel</name>
    <message>
        <source>Drag to reorder, or Alt+Up / Alt+Down. Delete removes it.</source>
        <translation>Przeciągnij, aby zmienić kolejność, lub Alt+Góra / Alt+Dół. Delete usuwa.</translation>
    </message>
    <message numerus="yes">
        <source>Add %n exercise(s)</source>
        <translation>
            <numerusform>Dodaj %n ćwiczenie</numerusform>
            <numerusform>Dodaj %n ćwiczenia</numerusform>
            <numerusform>Dodaj %n ćwiczeń</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source>◀ Easier</source>
        <translation>◀ Łatwiejsze</translation>
    </message>
    <message>
        <source>Harder ▶</source>
        <translation>Trudniejsze ▶</translation>
    </message>
    <message>
        <source>Reset to library text</source>
        <translation>Przywróć tekst z biblioteki</translation>
    </message>
    <message>
        <source>Notes for this patient (printed under the exercise)</source>
        <translation>Uwagi dla tego pacjenta (drukowane pod ćwiczeniem)</translation>
    </message>
    <message>
        <source>One step per line</source>
        <translation>Jeden krok w wierszu</translation>
    </message>
    <message>
        <source>The instructions printed for this patient, one step per line.
Changes apply to this handout only.</source>
        <translation>Instrukcje drukowane dla tego pacjenta, jeden krok w wierszu.
Zmiany dotyczą tylko tego materiału.</translation>
    </message>
    <message>
        <source>Use the library&apos;s wording for the steps again</source>
        <translation>Użyj ponownie tekstu kroków z biblioteki</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Kroki</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Uwagi</translation>
    </message>
    <message>
        <source>Steps for this patient</source>
        <translation>Kroki dla tego pacjenta</translation>
    </message>
    <message>
        <source>Make {name} easier: {choice}</source>
        <translation>Ułatw {name}: {choice}</translation>
    </message>
    <message>
        <source>Make {name} harder: {choice}</source>
        <translation>Utrudnij {name}: {choice}</translation>
    </message>
    <message>
        <source>Swap for {names}, keeping the dose and notes ({key})</source>
        <translation>Zamień na {names}, z tą samą dawką i uwagami ({key})</translation>
    </message>
    <message>
        <source>The library names no easier version</source>
        <translation>Biblioteka nie podaje łatwiejszej wersji</translation>
    </message>
    <message>
        <source>The library names no harder version</source>
        <translation>Biblioteka nie podaje trudniejszej wersji</translation>
    </message>
    <message>
        <source>Select an exercise to set its dose and notes.</source>
        <translation>Wybierz ćwiczenie, aby ustawić dawkę i uwagi.</translation>
    </message>
</context>
<context>
    <name>ItemsView</name>
    <message>
        <source>Exercises in this handout</source>
        <translation>Ćwiczenia w tym materiale</translation>
    </message>
    <message>
        <source>No exercises yet.

Start from a template (Ctrl+N), or find an exercise in the library (Ctrl+F), then press Enter, double-click it, or drag it here.</source>
        <translation>Nie ma jeszcze ćwiczeń.

Zacznij od szablonu (Ctrl+N) albo znajdź ćwiczenie w bibliotece (Ctrl+F), a potem naciśnij Enter, kliknij je dwukrotnie lub przeciągnij tutaj.</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>My exercise</source>
        <translation>Moje ćwiczenie</translation>
    </message>
    <message>
        <source>Clinic exercise</source>
        <translation>Ćwiczenie przychodni</translation>
    </message>
    <message>
        <source>Also called: {names}</source>
        <translation>Inne nazwy: {names}</translation>
    </message>
    <message>
        <source>Double-click, press Enter or drag into the handout to add it.</source>
        <translation>Kliknij dwukrotnie, naciśnij Enter lub przeciągnij do materiału, aby dodać.</translation>
    </message>
</context>
<context>
    <name>LibraryPane</name>
    <message>
        <source>Search exercises (Ctrl+F)</source>
        <translation>Szukaj ćwiczeń (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search by name, also-known-as, body region or equipment.
Press Enter to add the highlighted exercise.</source>
        <translation>Szukaj po nazwie, innej nazwie, części ciała lub sprzęcie.
Naciśnij Enter, aby dodać zaznaczone ćwiczenie.</translation>
    </message>
    <message>
        <source>Show only exercises for one body region</source>
        <translation>Pokaż tylko ćwiczenia dla jednej części ciała</translation>
    </message>
    <message>
        <source>Show only exercises that use this equipment</source>
        <translation>Pokaż tylko ćwiczenia z tym sprzętem</translation>
    </message>
    <message>
        <source>Exercise library</source>
        <translation>Biblioteka ćwiczeń</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Całe ciało</translation>
    </message>
    <message>
        <source>★ Favourites</source>
        <translation>★ Ulubione</translation>
    </message>
    <message>
        <source>Recently used</source>
        <translation>Ostatnio używane</translation>
    </message>
    <message>
        <source>Any equipment</source>
        <translation>Dowolny sprzęt</translation>
    </message>
    <message numerus="yes">
        <source>{found} of %n exercise(s)</source>
        <translation>
            <numerusform>{found} z %n ćwiczenia</numerusform>
            <numerusform>{found} z %n ćwiczeń</numerusform>
            <numerusform>{found} z %n ćwiczeń</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>%n ćwiczenie</numerusform>
            <numerusform>%n ćwiczenia</numerusform>
            <numerusform>%n ćwiczeń</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Interface language</source>
        <translation>Język interfejsu</translation>
    </message>
    <message>
        <source>Handout Builder will be in {language} the next time you start it. Handouts still print in each handout&apos;s own language.</source>
        <translation>Handout Builder będzie w języku: {language} przy następnym uruchomieniu. Materiały nadal drukują się w języku każdego materiału.</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <extracomment>Emitted once, the first time the window is shown (startup measurement).</extracomment>
        <translation>&amp;Nowy…</translation>
    </message>
    <message>
        <source>Start a handout from a template or from scratch</source>
        <translation>Zacznij materiał od szablonu lub od zera</translation>
    </message>
    <message>
        <source>&amp;Templates…</source>
        <translation>&amp;Szablony…</translation>
    </message>
    <message>
        <source>Find, preview, share and manage templates; start a handout from one</source>
        <translation>Szukaj, oglądaj, udostępniaj szablony i zarządzaj nimi; zacznij od jednego materiał</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Otwórz…</translation>
    </message>
    <message>
        <source>Open a saved handout</source>
        <translation>Otwórz zapisany materiał</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <source>Save this handout to reopen next visit</source>
        <translation>Zapisz ten materiał, aby otworzyć go na następnej wizycie</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Zapisz j&amp;ako…</translation>
    </message>
    <message>
        <source>Save this handout under a new name</source>
        <translation>Zapisz ten materiał pod nową nazwą</translation>
    </message>
    <message>
        <source>Save as &amp;Template…</source>
        <translation>Zapisz jako sza&amp;blon…</translation>
    </message>
    <message>
        <source>Save the exercises and advice as a template (patient details are left out)</source>
        <translation>Zapisz ćwiczenia i porady jako szablon (bez danych pacjenta)</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Eksportuj PDF…</translation>
    </message>
    <message>
        <source>Save the handout as a PDF file</source>
        <translation>Zapisz materiał jako plik PDF</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drukuj…</translation>
    </message>
    <message>
        <source>Print the handout</source>
        <translation>Drukuj materiał</translation>
    </message>
    <message>
        <source>Open Exported P&amp;DF</source>
        <translation>Otwórz wyeksportowany &amp;PDF</translation>
    </message>
    <message>
        <source>Open the last exported PDF in your PDF viewer</source>
        <translation>Otwórz ostatnio wyeksportowany PDF w przeglądarce PDF</translation>
    </message>
    <message>
        <source>&amp;Clinic Profile…</source>
        <translation>Profil prz&amp;ychodni…</translation>
    </message>
    <message>
        <source>Your clinic&apos;s name, logo and contact details</source>
        <translation>Nazwa, logo i dane kontaktowe przychodni</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <source>Close Handout Builder</source>
        <translation>Zamknij Handout Builder</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>Cofnij ostatnią zmianę (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ponów</translation>
    </message>
    <message>
        <source>Redo what was undone (Ctrl+Y or Ctrl+Shift+Z)</source>
        <translation>Ponów cofniętą zmianę (Ctrl+Y lub Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Cofnij ostatnią zmianę</translation>
    </message>
    <message>
        <source>Redo what was undone</source>
        <translation>Ponów cofniętą zmianę</translation>
    </message>
    <message>
        <source>&amp;Find Exercise</source>
        <translation>Z&amp;najdź ćwiczenie</translation>
    </message>
    <message>
        <source>Search the exercise library</source>
        <translation>Szukaj w bibliotece ćwiczeń</translation>
    </message>
    <message>
        <source>&amp;Add to Handout</source>
        <translation>Dod&amp;aj do materiału</translation>
    </message>
    <message>
        <source>Add the exercise selected in the library (or press Enter in the library)</source>
        <translation>Dodaj ćwiczenie zaznaczone w bibliotece (lub naciśnij Enter w bibliotece)</translation>
    </message>
    <message>
        <source>Add to or Remove from &amp;Favourites</source>
        <translation>Dodaj do &amp;ulubionych lub usuń</translation>
    </message>
    <message>
        <source>Star the selected library exercise; the region filter lists your favourites</source>
        <translation>Oznacz gwiazdką zaznaczone ćwiczenie; filtr części ciała pokazuje ulubione</translation>
    </message>
    <message>
        <source>Make &amp;Easier</source>
        <translation>U&amp;łatw</translation>
    </message>
    <message>
        <source>Swap the selected exercise for its easier version, keeping dose and notes</source>
        <translation>Zamień zaznaczone ćwiczenie na łatwiejszą wersję, z tą samą dawką i uwagami</translation>
    </message>
    <message>
        <source>Make &amp;Harder</source>
        <translation>U&amp;trudnij</translation>
    </message>
    <message>
        <source>Swap the selected exercise for its harder version, keeping dose and notes</source>
        <translation>Zamień zaznaczone ćwiczenie na trudniejszą wersję, z tą samą dawką i uwagami</translation>
    </message>
    <message>
        <source>Copy &amp;Summary</source>
        <translation>Kopiuj pod&amp;sumowanie</translation>
    </message>
    <message>
        <source>Copy the programme as plain text, for the patient&apos;s notes</source>
        <translation>Kopiuj program jako zwykły tekst do dokumentacji pacjenta</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Skróty klawiszowe</translation>
    </message>
    <message>
        <source>Every keyboard shortcut (F1, or ? where you are not typing)</source>
        <translation>Wszystkie skróty klawiszowe (F1 lub ?, gdy nie piszesz)</translation>
    </message>
    <message>
        <source>New E&amp;xercise…</source>
        <translation>Nowe ć&amp;wiczenie…</translation>
    </message>
    <message>
        <source>Create your own exercise, with your own photos</source>
        <translation>Utwórz własne ćwiczenie z własnymi zdjęciami</translation>
    </message>
    <message>
        <source>Edit or Duplicate E&amp;xercise…</source>
        <translation>Edytuj lub powiel ć&amp;wiczenie…</translation>
    </message>
    <message>
        <source>Edit your own exercise, or duplicate a library exercise as your own</source>
        <translation>Edytuj własne ćwiczenie lub skopiuj ćwiczenie z biblioteki jako własne</translation>
    </message>
    <message>
        <source>T&amp;ranslations…</source>
        <translation>T&amp;łumaczenia…</translation>
    </message>
    <message>
        <source>Edit our translations of the exercises and templates, and mark them reviewed by a clinician</source>
        <translation>Edytuj nasze tłumaczenia ćwiczeń i szablonów i oznacz je jako sprawdzone przez klinicystę</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Przesuń w &amp;górę</translation>
    </message>
    <message>
        <source>Move the selected exercise up</source>
        <translation>Przesuń zaznaczone ćwiczenie w górę</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Przesuń w &amp;dół</translation>
    </message>
    <message>
        <source>Move the selected exercise down</source>
        <translation>Przesuń zaznaczone ćwiczenie w dół</translation>
    </message>
    <message>
        <source>&amp;Remove from Handout</source>
        <translation>Usuń z &amp;materiału</translation>
    </message>
    <message>
        <source>Take the selected exercise out of the handout</source>
        <translation>Usuń zaznaczone ćwiczenie z materiału</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Otwórz os&amp;tatnie</translation>
    </message>
    <message>
        <source>Interface &amp;Language</source>
        <translation>&amp;Język interfejsu</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>&amp;About Handout Builder</source>
        <translation>&amp;O programie Handout Builder</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Główny pasek narzędzi</translation>
    </message>
    <message>
        <source>{what}: {problem}</source>
        <translation>{what}: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>%n ćwiczenie</numerusform>
            <numerusform>%n ćwiczenia</numerusform>
            <numerusform>%n ćwiczeń</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n strona</numerusform>
            <numerusform>%n strony</numerusform>
            <numerusform>%n stron</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview not updated: {problem}</source>
        <translation>Podgląd nie został odświeżony: {problem}</translation>
    </message>
    <message>
        <source>Could not keep a recovery copy: {problem}</source>
        <translation>Nie udało się zachować kopii zapasowej: {problem}</translation>
    </message>
    <message>
        <source>The preview could not be drawn; details in {path}</source>
        <translation>Nie udało się narysować podglądu; szczegóły w {path}</translation>
    </message>
    <message>
        <source>new handout from a template</source>
        <translation>nowy materiał z szablonu</translation>
    </message>
    <message>
        <source>find an exercise</source>
        <translation>znajdź ćwiczenie</translation>
    </message>
    <message>
        <source>add the highlighted exercise</source>
        <translation>dodaj zaznaczone ćwiczenie</translation>
    </message>
    <message>
        <source>move the selected exercise</source>
        <translation>przesuń zaznaczone ćwiczenie</translation>
    </message>
    <message>
        <source>remove it (in the exercise list)</source>
        <translation>usuń je (na liście ćwiczeń)</translation>
    </message>
    <message>
        <source>undo / redo</source>
        <translation>cofnij / ponów</translation>
    </message>
    <message>
        <source>save</source>
        <translation>zapisz</translation>
    </message>
    <message>
        <source>export PDF</source>
        <translation>eksportuj PDF</translation>
    </message>
    <message>
        <source>print</source>
        <translation>drukuj</translation>
    </message>
    <message>
        <source>About Handout Builder</source>
        <translation>O programie Handout Builder</translation>
    </message>
    <message>
        <source>Illustrated exercise handouts for your patients, made during the consultation. Offline: nothing leaves this computer.</source>
        <translation>Ilustrowane materiały z ćwiczeniami dla pacjentów, przygotowane w trakcie wizyty. Offline: nic nie opuszcza tego komputera.</translation>
    </message>
    <message>
        <source>Keyboard:</source>
        <translation>Klawiatura:</translation>
    </message>
    <message>
        <source>Clinic profile not loaded</source>
        <translation>Nie wczytano profilu przychodni</translation>
    </message>
    <message numerus="yes">
        <source>%n easier/harder version(s) are not in the library; see {log}</source>
        <translation>
            <numerusform>%n łatwiejszej lub trudniejszej wersji nie ma w bibliotece; zobacz {log}</numerusform>
            <numerusform>%n łatwiejszych lub trudniejszych wersji nie ma w bibliotece; zobacz {log}</numerusform>
            <numerusform>%n łatwiejszych lub trudniejszych wersji nie ma w bibliotece; zobacz {log}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n library file(s) could not be read; see {log}</source>
        <translation>
            <numerusform>Nie udało się odczytać %n pliku biblioteki; zobacz {log}</numerusform>
            <numerusform>Nie udało się odczytać %n plików biblioteki; zobacz {log}</numerusform>
            <numerusform>Nie udało się odczytać %n plików biblioteki; zobacz {log}</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not restore your unsaved work</source>
        <translation>Nie udało się przywrócić niezapisanej pracy</translation>
    </message>
    <message>
        <source>untitled handout</source>
        <translation>materiał bez tytułu</translation>
    </message>
    <message>
        <source>{name}, last changed {when}</source>
        <translation>{name}, ostatnia zmiana {when}</translation>
    </message>
    <message>
        <source>Restored your unsaved work. Save it to keep it.</source>
        <translation>Przywrócono niezapisaną pracę. Zapisz ją, aby jej nie stracić.</translation>
    </message>
    <message>
        <source>Could not start a new handout</source>
        <translation>Nie udało się zacząć nowego materiału</translation>
    </message>
    <message>
        <source>Could not open the templates</source>
        <translation>Nie udało się otworzyć szablonów</translation>
    </message>
    <message>
        <source>New handout</source>
        <translation>Nowy materiał</translation>
    </message>
    <message>
        <source>New handout from the template &quot;{name}&quot;</source>
        <translation>Nowy materiał z szablonu „{name}”</translation>
    </message>
    <message>
        <source>Could not open the handout</source>
        <translation>Nie udało się otworzyć materiału</translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation>Otwarto {path}</translation>
    </message>
    <message>
        <source>Could not save the handout</source>
        <translation>Nie udało się zapisać materiału</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Zapisano w {path}</translation>
    </message>
    <message>
        <source>Could not save the template</source>
        <translation>Nie udało się zapisać szablonu</translation>
    </message>
    <message>
        <source>Saved the template &quot;{name}&quot; (no patient details) to {path}</source>
        <translation>Zapisano szablon „{name}” (bez danych pacjenta) w {path}</translation>
    </message>
    <message>
        <source>Could not export the PDF</source>
        <translation>Nie udało się wyeksportować PDF</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Wyeksportowano do {path}</translation>
    </message>
    <message>
        <source>Could not print the handout</source>
        <translation>Nie udało się wydrukować materiału</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer</source>
        <translation>
            <numerusform>Wysłano %n stronę do drukarki</numerusform>
            <numerusform>Wysłano %n strony do drukarki</numerusform>
            <numerusform>Wysłano %n stron do drukarki</numerusform>
        </translation>
    </message>
    <message>
        <source>{field} of {exercise}: {problem}. Fix it, or press Esc in the field to keep the handout&apos;s value, then try again.</source>
        <translation>{field} – {exercise}: {problem}. Popraw to lub naciśnij Esc w polu, aby zachować wartość z materiału, i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Could not open the PDF</source>
        <translation>Nie udało się otworzyć PDF</translation>
    </message>
    <message>
        <source>the last PDF was exported for another handout; export this one first (Ctrl+E)</source>
        <translation>ostatni PDF wyeksportowano dla innego materiału; najpierw wyeksportuj ten (Ctrl+E)</translation>
    </message>
    <message>
        <source>there is no exported PDF to open yet; export one first (Ctrl+E)</source>
        <translation>nie ma jeszcze wyeksportowanego PDF do otwarcia; najpierw go wyeksportuj (Ctrl+E)</translation>
    </message>
    <message>
        <source>no PDF viewer could be started; open the file from your file manager</source>
        <translation>nie udało się uruchomić przeglądarki PDF; otwórz plik z menedżera plików</translation>
    </message>
    <message>
        <source>No recent handouts</source>
        <translation>Brak ostatnich materiałów</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Wyczyść listę</translation>
    </message>
    <message>
        <source>Same as the Computer ({language})</source>
        <translation>Jak w komputerze ({language})</translation>
    </message>
    <message>
        <source>The language of menus and windows; the handout prints in its own language</source>
        <translation>Język menu i okien; materiał drukuje się we własnym języku</translation>
    </message>
    <message>
        <source>Could not change the interface language</source>
        <translation>Nie udało się zmienić języka interfejsu</translation>
    </message>
    <message>
        <source>The interface stays in {language}.</source>
        <translation>Interfejs pozostaje w języku: {language}.</translation>
    </message>
    <message>
        <source>Could not save the clinic profile</source>
        <translation>Nie udało się zapisać profilu przychodni</translation>
    </message>
    <message>
        <source>Clinic profile saved to {path}</source>
        <translation>Zapisano profil przychodni w {path}</translation>
    </message>
    <message>
        <source>a handout can hold at most {count} exercises; start a second handout for the rest</source>
        <translation>materiał może zawierać najwyżej {count} ćwiczeń; resztę umieść w drugim materiale</translation>
    </message>
    <message>
        <source>Could not add the exercise</source>
        <translation>Nie udało się dodać ćwiczenia</translation>
    </message>
    <message>
        <source>Added {name}</source>
        <translation>Dodano: {name}</translation>
    </message>
    <message>
        <source>Could not save your favourites</source>
        <translation>Nie udało się zapisać ulubionych</translation>
    </message>
    <message>
        <source>{name} added to favourites</source>
        <translation>Dodano do ulubionych: {name}</translation>
    </message>
    <message>
        <source>{name} removed from favourites</source>
        <translation>Usunięto z ulubionych: {name}</translation>
    </message>
    <message>
        <source>Translation saved</source>
        <translation>Zapisano tłumaczenie</translation>
    </message>
    <message>
        <source>Saved {name} in your exercises</source>
        <translation>Zapisano {name} we własnych ćwiczeniach</translation>
    </message>
    <message>
        <source>{name} has no easier version in the library</source>
        <translation>{name}: w bibliotece nie ma łatwiejszej wersji</translation>
    </message>
    <message>
        <source>{name} has no harder version in the library</source>
        <translation>{name}: w bibliotece nie ma trudniejszej wersji</translation>
    </message>
    <message>
        <source>Select an exercise first</source>
        <translation>Najpierw wybierz ćwiczenie</translation>
    </message>
    <message numerus="yes">
        <source>Copied the summary of %n exercise(s): paste it into the patient&apos;s notes</source>
        <translation>
            <numerusform>Skopiowano podsumowanie %n ćwiczenia: wklej je do dokumentacji pacjenta</numerusform>
            <numerusform>Skopiowano podsumowanie %n ćwiczeń: wklej je do dokumentacji pacjenta</numerusform>
            <numerusform>Skopiowano podsumowanie %n ćwiczeń: wklej je do dokumentacji pacjenta</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MarkupEditor</name>
    <message>
        <source>The formatted text appears here as you type.</source>
        <translation>Sformatowany tekst pojawia się tutaj w trakcie pisania.</translation>
    </message>
    <message>
        <source>heading</source>
        <translation>nagłówek</translation>
    </message>
    <message>
        <source>bullet</source>
        <translation>punkt</translation>
    </message>
    <message>
        <source>numbered</source>
        <translation>numeracja</translation>
    </message>
    <message>
        <source>bold</source>
        <translation>pogrubienie</translation>
    </message>
    <message>
        <source>blank line: new paragraph</source>
        <translation>pusty wiersz: nowy akapit</translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <source>Sorry, something went wrong</source>
        <translation>Przepraszamy, coś poszło nie tak</translation>
    </message>
    <message>
        <source>Handout Builder ran into a problem it did not expect. Your handout is still open; please save it.

The details were written to:
{path}

Please send this file to your support contact.</source>
        <translation>Handout Builder napotkał nieoczekiwany problem. Materiał jest nadal otwarty; zapisz go.

Szczegóły zapisano w:
{path}

Wyślij ten plik osobie, która zapewnia Ci pomoc techniczną.</translation>
    </message>
</context>
<context>
    <name>PhotoDialogs</name>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff *.heic *.heif);;All files (*)</source>
        <translation>Zdjęcia (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff *.heic *.heif);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Dodaj zdjęcia</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Zmienione przez kogoś innego</translation>
    </message>
    <message>
        <source>Keep mine as a copy</source>
        <translation>Zachowaj moje jako kopię</translation>
    </message>
    <message>
        <source>Reload theirs</source>
        <translation>Wczytaj ich wersję</translation>
    </message>
    <message>
        <source>Move to trash?</source>
        <translation>Przenieść do kosza?</translation>
    </message>
    <message>
        <source>Move &quot;{name}&quot; and its photos to the trash? Handouts already printed are not affected, and it can be restored from the trash.</source>
        <translation>Przenieść „{name}” i jego zdjęcia do kosza? Wydrukowane już materiały się nie zmienią, a ćwiczenie można przywrócić z kosza.</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Preview of the printed handout</source>
        <extracomment>A new PDF is on screen. Argument: its generation number. The preview could not be rendered (plain-words message). An unexpected error while rendering (the traceback, for the crash log). The PDF on screen. Seconds from the first edit after the previous refresh to this refresh.</extracomment>
        <translation>Podgląd wydrukowanego materiału</translation>
    </message>
    <message>
        <source>This is exactly what will be printed</source>
        <translation>Dokładnie tak zostanie wydrukowane</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Podgląd</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Powiększ</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Pomniejsz</translation>
    </message>
    <message>
        <source>Fit Width</source>
        <translation>Dopasuj szerokość</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Dopasuj</translation>
    </message>
    <message>
        <source>Previous Page</source>
        <translation>Poprzednia strona</translation>
    </message>
    <message>
        <source>Previous page (Page Up in the preview)</source>
        <translation>Poprzednia strona (Page Up w podglądzie)</translation>
    </message>
    <message>
        <source>Next Page</source>
        <translation>Następna strona</translation>
    </message>
    <message>
        <source>Next page (Page Down in the preview)</source>
        <translation>Następna strona (Page Down w podglądzie)</translation>
    </message>
    <message>
        <source>Page shown</source>
        <translation>Wyświetlana strona</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Powiększenie</translation>
    </message>
    <message>
        <source>The preview could not be drawn. The details were written to the log file.</source>
        <translation>Nie udało się narysować podglądu. Szczegóły zapisano w pliku dziennika.</translation>
    </message>
    <message>
        <source>The preview could not be drawn: {problem}</source>
        <translation>Nie udało się narysować podglądu: {problem}</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Strona {page} z {count}</translation>
    </message>
    <message>
        <source>No pages</source>
        <translation>Brak stron</translation>
    </message>
    <message>
        <source>Fit to the width of the preview</source>
        <translation>Dopasowano do szerokości podglądu</translation>
    </message>
    <message>
        <source>Zoom (Ctrl+0 fits the pages to the width)</source>
        <translation>Powiększenie (Ctrl+0 dopasowuje strony do szerokości)</translation>
    </message>
</context>
<context>
    <name>PrintDialogs</name>
    <message>
        <source>Print handout</source>
        <translation>Drukuj materiał</translation>
    </message>
    <message>
        <source>the printer could not be started; check that it is switched on and try again</source>
        <translation>nie udało się uruchomić drukarki; sprawdź, czy jest włączona, i spróbuj ponownie</translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <source>the patient&apos;s name</source>
        <translation>imię i nazwisko pacjenta</translation>
    </message>
    <message>
        <source>a date of birth</source>
        <translation>data urodzenia</translation>
    </message>
    <message>
        <source>a date (a date of birth?)</source>
        <translation>data (data urodzenia?)</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>numer telefonu</translation>
    </message>
    <message>
        <source>an e-mail address</source>
        <translation>adres e-mail</translation>
    </message>
    <message>
        <source>an ID number (NHS or national id?)</source>
        <translation>numer identyfikacyjny (PESEL lub NFZ?)</translation>
    </message>
    <message>
        <source>Patient details in the template</source>
        <translation>Dane pacjenta w szablonie</translation>
    </message>
    <message>
        <source>A template is shared with colleagues for other patients, so it must not carry this patient&apos;s details. These were found in its text; ticked ones are removed from the template (your patient&apos;s handout keeps them).</source>
        <translation>Szablon jest udostępniany współpracownikom dla innych pacjentów, więc nie może zawierać danych tego pacjenta. W jego tekście znaleziono te dane; zaznaczone zostaną usunięte z szablonu (materiał pacjenta je zachowa).</translation>
    </message>
    <message>
        <source>A template is saved for other patients, so it must not carry this patient&apos;s details. These were found in its text; ticked ones are removed from the template (your patient&apos;s handout keeps them).</source>
        <translation>Szablon jest zapisywany dla innych pacjentów, więc nie może zawierać danych tego pacjenta. W jego tekście znaleziono te dane; zaznaczone zostaną usunięte z szablonu (materiał pacjenta je zachowa).</translation>
    </message>
    <message>
        <source>The check looks for the shapes of personal details; read the template once more before you share it.</source>
        <translation>Sprawdzanie szuka typowych form danych osobowych; przeczytaj szablon jeszcze raz, zanim go udostępnisz.</translation>
    </message>
    <message>
        <source>Remove ticked and save</source>
        <translation>Usuń zaznaczone i zapisz</translation>
    </message>
    <message>
        <source>Go back and edit</source>
        <translation>Wróć i edytuj</translation>
    </message>
    <message numerus="yes">
        <source>Remove ticked, keep %n, and save</source>
        <translation>
            <numerusform>Usuń zaznaczone, zachowaj %n i zapisz</numerusform>
            <numerusform>Usuń zaznaczone, zachowaj %n i zapisz</numerusform>
            <numerusform>Usuń zaznaczone, zachowaj %n i zapisz</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SaveTemplateDialog</name>
    <message>
        <source>Save as template</source>
        <translation>Zapisz jako szablon</translation>
    </message>
    <message>
        <source>e.g. ACL week 2</source>
        <translation>np. ACL tydzień 2</translation>
    </message>
    <message>
        <source>Who it is for, what stage, anything to adapt</source>
        <translation>Dla kogo, jaki etap, co dostosować</translation>
    </message>
    <message>
        <source>Conditions or body parts, separated by commas</source>
        <translation>Problemy lub części ciała, oddzielone przecinkami</translation>
    </message>
    <message>
        <source>My templates</source>
        <translation>Moje szablony</translation>
    </message>
    <message>
        <source>Clinic library (shared with colleagues)</source>
        <translation>Biblioteka przychodni (wspólna ze współpracownikami)</translation>
    </message>
    <message>
        <source>The patient&apos;s name, the dates and the therapist are not saved in the template; if their name or other details are in the text, you are asked to remove them first.</source>
        <translation>Imię i nazwisko pacjenta, daty i terapeuta nie są zapisywane w szablonie; jeśli imię lub inne dane są w tekście, najpierw zostaniesz poproszony o ich usunięcie.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Opis:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tagi:</translation>
    </message>
    <message>
        <source>Save &amp;in:</source>
        <translation>&amp;Zapisz w:</translation>
    </message>
    <message>
        <source>Replace template?</source>
        <translation>Zastąpić szablon?</translation>
    </message>
    <message>
        <source>My template</source>
        <translation>Mój szablon</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (kopia)</translation>
    </message>
    <message>
        <source>Could not save the template</source>
        <translation>Nie udało się zapisać szablonu</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source> or </source>
        <translation> lub </translation>
    </message>
    <message>
        <source>this sheet, wherever you are not typing</source>
        <translation>ta lista, gdy nie piszesz</translation>
    </message>
    <message>
        <source>in the search box or the library: add the highlighted exercise</source>
        <translation>w polu wyszukiwania lub bibliotece: dodaj zaznaczone ćwiczenie</translation>
    </message>
    <message>
        <source>in the search box: walk the search results</source>
        <translation>w polu wyszukiwania: przechodź po wynikach</translation>
    </message>
    <message>
        <source>in the exercise list: remove the selected exercise</source>
        <translation>na liście ćwiczeń: usuń zaznaczone ćwiczenie</translation>
    </message>
    <message>
        <source>from the search box: straight to the dose of the exercise just added</source>
        <translation>z pola wyszukiwania: prosto do dawki właśnie dodanego ćwiczenia</translation>
    </message>
    <message>
        <source>in a dose field: one more or one less</source>
        <translation>w polu dawki: o jeden więcej lub mniej</translation>
    </message>
    <message>
        <source>in a dose field: put back the value the handout has</source>
        <translation>w polu dawki: przywróć wartość z materiału</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Skróty klawiszowe</translation>
    </message>
    <message>
        <source>The shortcuts work wherever the cursor is, unless it is typing there.</source>
        <translation>Skróty działają wszędzie, gdzie jest kursor, chyba że właśnie tam piszesz.</translation>
    </message>
</context>
<context>
    <name>TemplateBrowser</name>
    <message>
        <source>★ Favourites</source>
        <translation>★ Ulubione</translation>
    </message>
    <message>
        <source>My templates</source>
        <translation>Moje szablony</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Przychodnia</translation>
    </message>
    <message>
        <source>Bundled (read-only)</source>
        <translation>Wbudowane (tylko do odczytu)</translation>
    </message>
    <message>
        <source>Bundled</source>
        <translation>Wbudowany</translation>
    </message>
    <message>
        <source>Templates</source>
        <extracomment>The preview shows a new PDF. Argument: the template&apos;s key (&quot;origin:id&quot;). The preview could not be drawn. Argument: the message (or a bug&apos;s traceback).</extracomment>
        <translation>Szablony</translation>
    </message>
    <message>
        <source>Search by name, tag or exercise</source>
        <translation>Szukaj po nazwie, tagu lub ćwiczeniu</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Szablon</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Ćwiczenia</translation>
    </message>
    <message>
        <source>Preview of the template&apos;s handout</source>
        <translation>Podgląd materiału z szablonu</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <source>Start a new handout from this template</source>
        <translation>Zacznij nowy materiał z tego szablonu</translation>
    </message>
    <message>
        <source>☆ Favourite</source>
        <translation>☆ Ulubiony</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Zmień nazwę…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Powiel</translation>
    </message>
    <message>
        <source>Copy into My templates, where you can change it</source>
        <translation>Skopiuj do Moich szablonów, gdzie możesz go zmienić</translation>
    </message>
    <message>
        <source>Share to clinic</source>
        <translation>Udostępnij przychodni</translation>
    </message>
    <message>
        <source>Copy into the clinic library for your colleagues</source>
        <translation>Skopiuj do biblioteki przychodni dla współpracowników</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Move to the trash (you can restore it)</source>
        <translation>Przenieś do kosza (można przywrócić)</translation>
    </message>
    <message>
        <source>Restore from trash…</source>
        <translation>Przywróć z kosza…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksportuj…</translation>
    </message>
    <message>
        <source>Save this template to a file to give a colleague</source>
        <translation>Zapisz ten szablon do pliku, aby przekazać go współpracownikowi</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importuj…</translation>
    </message>
    <message>
        <source>Add a template file to My templates</source>
        <translation>Dodaj plik szablonu do Moich szablonów</translation>
    </message>
    <message>
        <source>Clinic folder…</source>
        <translation>Folder przychodni…</translation>
    </message>
    <message>
        <source>Choose the shared folder of the clinic library</source>
        <translation>Wybierz wspólny folder biblioteki przychodni</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>Tagi: {tags}</translation>
    </message>
    <message>
        <source>No template matches. Clear the search to see them all.</source>
        <translation>Żaden szablon nie pasuje. Wyczyść wyszukiwanie, aby zobaczyć wszystkie.</translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} i %n inny</numerusform>
            <numerusform>{names} i %n inne</numerusform>
            <numerusform>{names} i %n innych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n template file(s) could not be read ({names}); hover here for the reasons.</source>
        <translation>
            <numerusform>Nie udało się odczytać %n pliku szablonu ({names}); najedź tutaj, aby zobaczyć przyczyny.</numerusform>
            <numerusform>Nie udało się odczytać %n plików szablonów ({names}); najedź tutaj, aby zobaczyć przyczyny.</numerusform>
            <numerusform>Nie udało się odczytać %n plików szablonów ({names}); najedź tutaj, aby zobaczyć przyczyny.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundled templates are read-only: duplicate one to change it</source>
        <translation>Wbudowane szablony są tylko do odczytu: powiel szablon, aby go zmienić</translation>
    </message>
    <message>
        <source>Give it a new name (F2)</source>
        <translation>Nadaj nową nazwę (F2)</translation>
    </message>
    <message>
        <source>Choose a template to see its printout.</source>
        <translation>Wybierz szablon, aby zobaczyć wydruk.</translation>
    </message>
    <message>
        <source>★ Favourite</source>
        <translation>★ Ulubiony</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>tylko do odczytu</translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>%n ćwiczenie</numerusform>
            <numerusform>%n ćwiczenia</numerusform>
            <numerusform>%n ćwiczeń</numerusform>
        </translation>
    </message>
    <message>
        <source>Drawing the preview…</source>
        <translation>Rysowanie podglądu…</translation>
    </message>
    <message>
        <source>The preview could not be drawn.</source>
        <translation>Nie udało się narysować podglądu.</translation>
    </message>
    <message>
        <source>The preview could not be drawn: {problem}</source>
        <translation>Nie udało się narysować podglądu: {problem}</translation>
    </message>
    <message>
        <source>Could not open the template</source>
        <translation>Nie udało się otworzyć szablonu</translation>
    </message>
    <message>
        <source>Could not mark the favourite</source>
        <translation>Nie udało się oznaczyć ulubionego</translation>
    </message>
    <message>
        <source>Rename template</source>
        <translation>Zmień nazwę szablonu</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nowa nazwa:</translation>
    </message>
    <message>
        <source>Could not rename the template</source>
        <translation>Nie udało się zmienić nazwy szablonu</translation>
    </message>
    <message>
        <source>Could not reload the template</source>
        <translation>Nie udało się ponownie wczytać szablonu</translation>
    </message>
    <message>
        <source>Could not duplicate the template</source>
        <translation>Nie udało się powielić szablonu</translation>
    </message>
    <message>
        <source>Could not share the template</source>
        <translation>Nie udało się udostępnić szablonu</translation>
    </message>
    <message>
        <source>Could not delete the template</source>
        <translation>Nie udało się usunąć szablonu</translation>
    </message>
    <message>
        <source>Restore from trash</source>
        <translation>Przywróć z kosza</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Kosz jest pusty.</translation>
    </message>
    <message>
        <source>Could not restore the template</source>
        <translation>Nie udało się przywrócić szablonu</translation>
    </message>
    <message>
        <source>Could not export the template</source>
        <translation>Nie udało się wyeksportować szablonu</translation>
    </message>
    <message>
        <source>Could not import the template</source>
        <translation>Nie udało się zaimportować szablonu</translation>
    </message>
    <message>
        <source>Could not remember the clinic folder</source>
        <translation>Nie udało się zapamiętać folderu przychodni</translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <source>Empty handout</source>
        <translation>Pusty materiał</translation>
    </message>
    <message>
        <source>Start with a blank page and add exercises from the library.</source>
        <translation>Zacznij od pustej strony i dodaj ćwiczenia z biblioteki.</translation>
    </message>
    <message>
        <source>New handout</source>
        <translation>Nowy materiał</translation>
    </message>
    <message>
        <source>Search templates by condition, body part or exercise</source>
        <translation>Szukaj szablonów po problemie, części ciała lub ćwiczeniu</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Utwórz</translation>
    </message>
    <message>
        <source>Start from a template, or from an empty handout:</source>
        <translation>Zacznij od szablonu lub od pustego materiału:</translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s), yours</source>
        <translation>
            <numerusform>%n ćwiczenie, twój</numerusform>
            <numerusform>%n ćwiczenia, twój</numerusform>
            <numerusform>%n ćwiczeń, twój</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>%n ćwiczenie</numerusform>
            <numerusform>%n ćwiczenia</numerusform>
            <numerusform>%n ćwiczeń</numerusform>
        </translation>
    </message>
    <message>
        <source>No template matches. Clear the search to see them all.</source>
        <translation>Żaden szablon nie pasuje. Wyczyść wyszukiwanie, aby zobaczyć wszystkie.</translation>
    </message>
    <message>
        <source>Exercises: {names}</source>
        <translation>Ćwiczenia: {names}</translation>
    </message>
</context>
<context>
    <name>TranslationDialog</name>
    <message>
        <source>Translations</source>
        <extracomment>A translation was saved (the preview and the editor&apos;s mark should follow).</extracomment>
        <translation>Tłumaczenia</translation>
    </message>
    <message>
        <source>Clinician&apos;s name</source>
        <translation>Imię i nazwisko klinicysty</translation>
    </message>
    <message>
        <source>The clinician who checked every text against the English; saved with today&apos;s date</source>
        <translation>Klinicysta, który porównał każdy tekst z angielskim; zapisywane z dzisiejszą datą</translation>
    </message>
    <message>
        <source>Mark &amp;reviewed and save</source>
        <translation>Oznacz jako &amp;sprawdzone i zapisz</translation>
    </message>
    <message>
        <source>&amp;Save as draft</source>
        <translation>Zapisz jako &amp;wersję roboczą</translation>
    </message>
    <message>
        <source>Save your changes; the translation stays marked as a draft until a clinician reviews it</source>
        <translation>Zapisz zmiany; tłumaczenie pozostaje wersją roboczą, dopóki nie sprawdzi go klinicysta</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <source>&amp;Text of:</source>
        <translation>&amp;Tekst:</translation>
    </message>
    <message>
        <source>Reviewed &amp;by:</source>
        <translation>Sp&amp;rawdził(a):</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Szablon: %1</translation>
    </message>
    <message>
        <source>In this handout</source>
        <translation>W tym materiale</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Ćwiczenia</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Szablony</translation>
    </message>
    <message>
        <source>the translation of &quot;%1&quot;</source>
        <translation>tłumaczeniu „%1”</translation>
    </message>
    <message>
        <source>Choose an exercise or a template.</source>
        <translation>Wybierz ćwiczenie lub szablon.</translation>
    </message>
    <message>
        <source>Words in braces are side words: {left|right} prints &quot;left&quot; when the left side is treated and &quot;right&quot; for the right. Keep the braces and write both forms in the same order, e.g. {lewą|prawą}.</source>
        <translation>Słowa w nawiasach klamrowych to słowa strony: {left|right} drukuje „left”, gdy leczona jest lewa strona, i „right” dla prawej. Zachowaj nawiasy i wpisz obie formy w tej samej kolejności, np. {lewą|prawą}.</translation>
    </message>
    <message>
        <source>Saved in the clinic library, for everyone: %1</source>
        <translation>Zapisano w bibliotece przychodni, dla wszystkich: %1</translation>
    </message>
    <message>
        <source>Saved in your own folder (no clinic library folder is set): %1</source>
        <translation>Zapisano we własnym folderze (nie ustawiono folderu biblioteki przychodni): %1</translation>
    </message>
    <message>
        <source>Your own translation file (%1) is printed instead of the clinic&apos;s on this computer.</source>
        <translation>Na tym komputerze drukowany jest twój własny plik tłumaczenia (%1) zamiast pliku przychodni.</translation>
    </message>
    <message>
        <source>Our draft translation</source>
        <translation>Nasze wstępne tłumaczenie</translation>
    </message>
    <message>
        <source>Your clinic&apos;s translation</source>
        <translation>Tłumaczenie przychodni</translation>
    </message>
    <message>
        <source>Your own translation</source>
        <translation>Twoje własne tłumaczenie</translation>
    </message>
    <message>
        <source>Not translated yet: the English prints</source>
        <translation>Jeszcze nieprzetłumaczone: drukuje się angielski</translation>
    </message>
    <message>
        <source>The English changed since these were translated</source>
        <translation>Angielski tekst zmienił się od czasu tłumaczenia</translation>
    </message>
    <message>
        <source>they no longer print. Translate the new English above; marking it reviewed removes these.</source>
        <translation>te teksty już się nie drukują. Przetłumacz nowy angielski tekst powyżej; oznaczenie jako sprawdzone je usunie.</translation>
    </message>
    <message>
        <source>Reviewed by %1</source>
        <translation>Sprawdził(a): %1</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>dnia %1</translation>
    </message>
    <message>
        <source>Not translated yet: the English prints.</source>
        <translation>Jeszcze nieprzetłumaczone: drukuje się angielski.</translation>
    </message>
    <message>
        <source>Draft: not yet checked by a clinician.</source>
        <translation>Wersja robocza: jeszcze niesprawdzona przez klinicystę.</translation>
    </message>
    <message>
        <source>%1 text(s) not translated (printed in English).</source>
        <translation>Nieprzetłumaczone teksty: %1 (drukowane po angielsku).</translation>
    </message>
    <message>
        <source>Saved: marked reviewed by %1.</source>
        <translation>Zapisano: oznaczone jako sprawdzone przez: %1.</translation>
    </message>
    <message>
        <source>Saved as a draft.</source>
        <translation>Zapisano jako wersję roboczą.</translation>
    </message>
    <message>
        <source>Their version is shown now, with your changes on top; nothing was saved. Check it, then save again.</source>
        <translation>Teraz widać ich wersję z twoimi zmianami; nic nie zostało zapisane. Sprawdź ją i zapisz ponownie.</translation>
    </message>
</context>
<context>
    <name>UndoNames</name>
    <message>
        <source>title</source>
        <extracomment>The core&apos;s field names (editing.HANDOUT_FIELDS, ITEM_FIELDS, DOSE_FIELDS), for lupdate.</extracomment>
        <translation>tytuł</translation>
    </message>
    <message>
        <source>patient name</source>
        <translation>imię i nazwisko pacjenta</translation>
    </message>
    <message>
        <source>date</source>
        <translation>data</translation>
    </message>
    <message>
        <source>therapist</source>
        <translation>terapeuta</translation>
    </message>
    <message>
        <source>review date</source>
        <translation>data kontroli</translation>
    </message>
    <message>
        <source>education</source>
        <translation>edukacja</translation>
    </message>
    <message>
        <source>advice</source>
        <translation>porady</translation>
    </message>
    <message>
        <source>layout</source>
        <translation>układ</translation>
    </message>
    <message>
        <source>handout language</source>
        <translation>język materiału</translation>
    </message>
    <message>
        <source>second language</source>
        <translation>drugi język</translation>
    </message>
    <message>
        <source>page size</source>
        <translation>rozmiar papieru</translation>
    </message>
    <message>
        <source>exercise diary</source>
        <translation>dzienniczek ćwiczeń</translation>
    </message>
    <message>
        <source>time per session</source>
        <translation>czas sesji</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>uwagi</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>kroki</translation>
    </message>
    <message>
        <source>video link</source>
        <translation>link do wideo</translation>
    </message>
    <message>
        <source>sets</source>
        <translation>serie</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>powtórzenia</translation>
    </message>
    <message>
        <source>time</source>
        <translation>czas</translation>
    </message>
    <message>
        <source>reps or time</source>
        <translation>powtórzenia lub czas</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>przytrzymanie</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>przerwa</translation>
    </message>
    <message>
        <source>frequency</source>
        <translation>częstotliwość</translation>
    </message>
    <message>
        <source>side</source>
        <translation>strona</translation>
    </message>
    <message>
        <source>load</source>
        <translation>obciążenie</translation>
    </message>
    <message>
        <source>Reset the dose of {name}</source>
        <extracomment>(the core&apos;s shape, the interface&apos;s text); the first that matches is used.</extracomment>
        <translation>Reset dawki: {name}</translation>
    </message>
    <message>
        <source>Change the dose of {name}</source>
        <translation>Zmiana dawki: {name}</translation>
    </message>
    <message>
        <source>Change {field} of {name}</source>
        <translation>Zmiana: {field} – {name}</translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <translation>Edycja: {field}</translation>
    </message>
    <message>
        <source>Apply the template &quot;{name}&quot;</source>
        <translation>Zastosowanie szablonu „{name}”</translation>
    </message>
    <message>
        <source>Swap {old} for {new}</source>
        <translation>Zamiana: {old} → {new}</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>Dodanie: {name}</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Usunięcie: {name}</translation>
    </message>
    <message>
        <source>Move {name}</source>
        <translation>Przeniesienie: {name}</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Hip and gluteal</source>
        <translation>Biodro i pośladki</translation>
    </message>
    <message>
        <source>Knee</source>
        <translation>Kolano</translation>
    </message>
    <message>
        <source>Ankle and foot</source>
        <translation>Kostka i stopa</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Dolna część pleców</translation>
    </message>
    <message>
        <source>Upper back</source>
        <translation>Górna część pleców</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Szyja</translation>
    </message>
    <message>
        <source>Shoulder</source>
        <translation>Bark</translation>
    </message>
    <message>
        <source>Elbow</source>
        <translation>Łokieć</translation>
    </message>
    <message>
        <source>Wrist and hand</source>
        <translation>Nadgarstek i dłoń</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Równowaga</translation>
    </message>
    <message>
        <source>General mobility and stretching</source>
        <translation>Ogólna ruchomość i rozciąganie</translation>
    </message>
    <message>
        <source>No equipment</source>
        <translation>Bez sprzętu</translation>
    </message>
    <message>
        <source>Mat</source>
        <translation>Mata</translation>
    </message>
    <message>
        <source>Resistance band</source>
        <translation>Taśma oporowa</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stopień</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Krzesło</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Ściana</translation>
    </message>
    <message>
        <source>Ball</source>
        <translation>Piłka</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Obciążnik</translation>
    </message>
    <message>
        <source>Towel</source>
        <translation>Ręcznik</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Stół</translation>
    </message>
    <message>
        <source>Bench</source>
        <translation>Ławka</translation>
    </message>
    <message>
        <source>Foam roller</source>
        <translation>Roller</translation>
    </message>
    <message>
        <source>Stick or broom handle</source>
        <translation>Kij lub trzonek</translation>
    </message>
    <message>
        <source>Cushion</source>
        <translation>Poduszka</translation>
    </message>
    <message>
        <source>Belt or strap</source>
        <translation>Pasek lub taśma</translation>
    </message>
    <message>
        <source>Exercise bike</source>
        <translation>Rowerek</translation>
    </message>
    <message>
        <source>beginner</source>
        <translation>początkujący</translation>
    </message>
    <message>
        <source>intermediate</source>
        <translation>średniozaawansowany</translation>
    </message>
    <message>
        <source>advanced</source>
        <translation>zaawansowany</translation>
    </message>
</context>
</TS>
