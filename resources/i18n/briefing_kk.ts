<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>About</name>
    <message>
        <source>the window and its widgets; used under the LGPL version 3</source>
        <extracomment>What ships with the app, as the installed metadata gives each licence.</extracomment>
        <translation>терезе мен оның элементтері; LGPL 3-нұсқасы шарттарымен қолданылады</translation>
    </message>
    <message>
        <source>PySide6&apos;s bindings runtime; used under the LGPL version 3</source>
        <translation>PySide6 байланыстарының орындалу ортасы; LGPL 3-нұсқасы шарттарымен қолданылады</translation>
    </message>
    <message>
        <source>icons from icon fonts (code)</source>
        <translation>белгіше қаріптерінен алынған белгішелер (код)</translation>
    </message>
    <message>
        <source>the icons</source>
        <translation>белгішелер</translation>
    </message>
    <message>
        <source>QtAwesome&apos;s Qt binding layer</source>
        <translation>QtAwesome-тың Qt-мен байланыс қабаты</translation>
    </message>
    <message>
        <source>renders the topics&apos; Markdown</source>
        <translation>тақырыптардың Markdown мәтінін көрсетеді</translation>
    </message>
    <message>
        <source>reads the pack&apos;s YAML</source>
        <translation>пакеттің YAML файлдарын оқиды</translation>
    </message>
    <message>
        <source>cleans the HTML of pages</source>
        <translation>беттердің HTML кодын тазалайды</translation>
    </message>
    <message>
        <source>spelling corrections in search</source>
        <translation>іздеудегі емле түзетулері</translation>
    </message>
    <message>
        <source>matches names across scripts</source>
        <translation>әртүрлі жазудағы атауларды сәйкестендіреді</translation>
    </message>
    <message>
        <source>finds the user&apos;s settings, data and cache folders</source>
        <translation>пайдаланушының баптаулар, деректер және кэш бумаларын табады</translation>
    </message>
    <message>
        <source>checks the signatures of pack files</source>
        <translation>пакет файлдарының қолтаңбаларын тексереді</translation>
    </message>
    <message>
        <source>the map&apos;s country outlines, coastlines and borders; made with Natural Earth</source>
        <translation>картадағы ел контурлары, жағалау сызықтары мен шекаралар; Natural Earth деректері бойынша</translation>
    </message>
    <message>
        <source>the outline of Lake Balkhash on the map</source>
        <translation>картадағы Балқаш көлінің контуры</translation>
    </message>
    <message>
        <source>the interpreter the installed app ships with</source>
        <translation>орнатылған қолданбамен бірге жеткізілетін интерпретатор</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Басылым</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Кімге арналған</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Жаңартылды</translation>
    </message>
    <message>
        <source>Facts as of</source>
        <translation>Мәліметтер күні</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Гриф</translation>
    </message>
    <message>
        <source>An offline briefing reader. It never touches the network.</source>
        <translation>Анықтамалық материалдарды желісіз оқуға арналған бағдарлама. Ол ешқашан желіге қосылмайды.</translation>
    </message>
    <message>
        <source>Briefing is free software under the MIT licence.</source>
        <translation>Briefing — MIT лицензиясымен таратылатын еркін бағдарлама.</translation>
    </message>
    <message>
        <source>This pack</source>
        <translation>Осы пакет</translation>
    </message>
    <message>
        <source>Third-party software</source>
        <translation>Үшінші тарап бағдарламалары</translation>
    </message>
    <message>
        <source>Briefing is built on these projects, each under its own licence (the full texts ship with each project; the links open in your browser after you confirm):</source>
        <translation>Briefing мына жобаларға негізделген, әрқайсысы өз лицензиясымен таратылады (толық мәтіндері әр жобамен бірге беріледі; сілтемелер растағаннан кейін браузерде ашылады):</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Құрамдас бөлік</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <source>About Briefing</source>
        <translation>Briefing туралы</translation>
    </message>
    <message>
        <source>The version, the pack shown and the licences of the software Briefing uses</source>
        <translation>Нұсқасы, ашық тұрған пакет және Briefing қолданатын бағдарламалардың лицензиялары</translation>
    </message>
</context>
<context>
    <name>Brief</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <extracomment>Output formats offered: label, file extension, file dialog filter (labels and filters in English, shown as ``Brief.tr(text)``).</extracomment>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <source>HTML (one file)</source>
        <translation>HTML (бір файл)</translation>
    </message>
    <message>
        <source>HTML files (*.html *.htm)</source>
        <translation>HTML файлдары (*.html *.htm)</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Markdown файлдары (*.md)</translation>
    </message>
    <message>
        <source>Full brief: cover, contents, a topic per page</source>
        <extracomment>Layouts offered: label (English, shown as ``Brief.tr(label)``), ``BriefOptions.layout``.</extracomment>
        <translation>Толық анықтамалық жазба: мұқаба, мазмұны, әр тақырып жаңа беттен</translation>
    </message>
    <message>
        <source>Speaking notes: talking points and key facts, topic after topic</source>
        <translation>Сөйлеуге арналған тезистер: негізгі тезистер мен маңызды деректер, тақырып бойынша</translation>
    </message>
    <message>
        <source>Build Brief</source>
        <extracomment>Settings group of the remembered brief.</extracomment>
        <translation>Анықтамалық жазба құрастыру</translation>
    </message>
    <message>
        <source>Topics to include</source>
        <translation>Қосылатын тақырыптар</translation>
    </message>
    <message>
        <source>Topics in print order</source>
        <translation>Басып шығару ретіндегі тақырыптар</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Жоға&amp;ры</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Тө&amp;мен</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Барлығы</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Ешқайсысы</translation>
    </message>
    <message>
        <source>&amp;Current Topic Only</source>
        <translation>Тек а&amp;ғымдағы тақырып</translation>
    </message>
    <message>
        <source>&amp;Full text</source>
        <translation>&amp;Толық мәтін</translation>
    </message>
    <message>
        <source>&amp;Key facts and talking points only</source>
        <translation>Тек маңызды &amp;деректер мен тезистер</translation>
    </message>
    <message>
        <source>Include &amp;my notes</source>
        <translation>Менің &amp;жазбаларымды қосу</translation>
    </message>
    <message>
        <source>&amp;Glossary of the terms the topics use</source>
        <translation>Тақырыптардағы терминдер &amp;глоссарийі</translation>
    </message>
    <message>
        <source>T&amp;imeline</source>
        <translation>&amp;Хронология</translation>
    </message>
    <message>
        <source>The pack&apos;s timeline as an image after the contents</source>
        <translation>Пакет хронологиясы мазмұннан кейін сурет ретінде</translation>
    </message>
    <message>
        <source>e.g. UNCLASSIFIED — FOR BRIEFING USE</source>
        <translation>мысалы: ҚҰПИЯ ЕМЕС — ҚЫЗМЕТТІК ПАЙДАЛАНУ ҮШІН</translation>
    </message>
    <message>
        <source>Your name and post</source>
        <translation>Аты-жөніңіз бен лауазымыңыз</translation>
    </message>
    <message>
        <source>&amp;Print Preview…</source>
        <translation>Басып шығаруды алдын ала &amp;қарау…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорттау…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Тақырыптар</translation>
    </message>
    <message>
        <source>Include:</source>
        <translation>Қосу:</translation>
    </message>
    <message>
        <source>In this order:</source>
        <translation>Мына ретпен:</translation>
    </message>
    <message>
        <source>A group&apos;s box takes its whole branch; clear topics below it to leave them out.</source>
        <translation>Топтың белгісі бүкіл тармақты белгілейді; тармақтағы тақырыптарды алып тастау үшін олардың белгісін алыңыз.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Параметрлер</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>Пі&amp;шімі:</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>Мазмұн:</translation>
    </message>
    <message>
        <source>Add:</source>
        <translation>Қосу:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Т&amp;ақырыбы:</translation>
    </message>
    <message>
        <source>&amp;Marking:</source>
        <translation>Гр&amp;иф:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>Авт&amp;оры:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Күні:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Форматы:</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <extracomment>Settings key of the paper size chosen in Preferences (&quot;A4&quot; or &quot;Letter&quot;).</extracomment>
        <translation>Барлық файлдар (*)</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <source>Afghanistan</source>
        <extracomment>The base map&apos;s countries by their English names (as its data spell them), written on the map as ``Countries.tr(name)``: short names, as a map writes them, in every language.</extracomment>
        <translation>Ауғанстан</translation>
    </message>
    <message>
        <source>Albania</source>
        <translation>Албания</translation>
    </message>
    <message>
        <source>Armenia</source>
        <translation>Армения</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Австрия</translation>
    </message>
    <message>
        <source>Azerbaijan</source>
        <translation>Әзербайжан</translation>
    </message>
    <message>
        <source>Bangladesh</source>
        <translation>Бангладеш</translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation>Беларусь</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Бельгия</translation>
    </message>
    <message>
        <source>Bhutan</source>
        <translation>Бутан</translation>
    </message>
    <message>
        <source>Bosnia and Herz.</source>
        <translation>Босния және Герц.</translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <translation>Болгария</translation>
    </message>
    <message>
        <source>China</source>
        <translation>Қытай</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>Хорватия</translation>
    </message>
    <message>
        <source>Cyprus</source>
        <translation>Кипр</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>Чехия</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Дания</translation>
    </message>
    <message>
        <source>Egypt</source>
        <translation>Мысыр</translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation>Эстония</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Финляндия</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Франция</translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation>Грузия</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Германия</translation>
    </message>
    <message>
        <source>Greece</source>
        <translation>Грекия</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Венгрия</translation>
    </message>
    <message>
        <source>India</source>
        <translation>Үндістан</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>Иран</translation>
    </message>
    <message>
        <source>Iraq</source>
        <translation>Ирак</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Ирландия</translation>
    </message>
    <message>
        <source>Israel</source>
        <translation>Израиль</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Италия</translation>
    </message>
    <message>
        <source>Jordan</source>
        <translation>Иордания</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Қазақстан</translation>
    </message>
    <message>
        <source>Kuwait</source>
        <translation>Кувейт</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation>Қырғызстан</translation>
    </message>
    <message>
        <source>Laos</source>
        <translation>Лаос</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>Латвия</translation>
    </message>
    <message>
        <source>Lebanon</source>
        <translation>Ливан</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>Литва</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>Люксембург</translation>
    </message>
    <message>
        <source>Moldova</source>
        <translation>Молдова</translation>
    </message>
    <message>
        <source>Mongolia</source>
        <translation>Моңғолия</translation>
    </message>
    <message>
        <source>Montenegro</source>
        <translation>Черногория</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation>Мьянма</translation>
    </message>
    <message>
        <source>Nepal</source>
        <translation>Непал</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Нидерланд</translation>
    </message>
    <message>
        <source>North Korea</source>
        <translation>КХДР</translation>
    </message>
    <message>
        <source>North Macedonia</source>
        <translation>Солтүстік Македония</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Норвегия</translation>
    </message>
    <message>
        <source>Pakistan</source>
        <translation>Пәкістан</translation>
    </message>
    <message>
        <source>Palestine</source>
        <translation>Палестина</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Польша</translation>
    </message>
    <message>
        <source>Qatar</source>
        <translation>Катар</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>Румыния</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>Ресей</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation>Сауд Арабиясы</translation>
    </message>
    <message>
        <source>Serbia</source>
        <translation>Сербия</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Словакия</translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation>Словения</translation>
    </message>
    <message>
        <source>South Korea</source>
        <translation>Корея Республикасы</translation>
    </message>
    <message>
        <source>Sudan</source>
        <translation>Судан</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Швеция</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Швейцария</translation>
    </message>
    <message>
        <source>Syria</source>
        <translation>Сирия</translation>
    </message>
    <message>
        <source>Tajikistan</source>
        <translation>Тәжікстан</translation>
    </message>
    <message>
        <source>Turkey</source>
        <translation>Түркия</translation>
    </message>
    <message>
        <source>Turkmenistan</source>
        <translation>Түрікменстан</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Украина</translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation>БАӘ</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Ұлыбритания</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation>Өзбекстан</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>Вьетнам</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>The details were saved to:
%1</source>
        <extracomment>The log is cut back to its last half once it grows past this many bytes. False for runs nobody watches (``--screenshot``, the offscreen platform): no dialog, which would wait forever for a click, only the log and stderr.</extracomment>
        <translation>Толығырақ мәлімет мына файлға сақталды:
%1</translation>
    </message>
    <message>
        <source>The details could not be saved.</source>
        <translation>Толығырақ мәліметті сақтау мүмкін болмады.</translation>
    </message>
    <message>
        <source>Something went wrong: %1

Your notes and the open pack are kept; you can go on working, or restart the app if something looks wrong.</source>
        <translation>Қате орын алды: %1

Жазбаларыңыз бен ашық пакет сақталды; жұмысты жалғастыра беруге болады, ал бірдеңе дұрыс көрінбесе, бағдарламаны қайта іске қосыңыз.</translation>
    </message>
    <message>
        <source>Briefing hit a problem</source>
        <translation>Briefing қатеге тап болды</translation>
    </message>
</context>
<context>
    <name>Exporting</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 жазу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>%1: unknown file type; use .pdf, .html or .md</source>
        <translation>%1: белгісіз файл түрі; .pdf, .html немесе .md қолданыңыз</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 жазылуда…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Build Brief</source>
        <translation>Анықтамалық жазба құрастыру</translation>
    </message>
    <message>
        <source>Laying out and printing %1…</source>
        <translation>%1 беттеліп, басып шығарылуда…</translation>
    </message>
</context>
<context>
    <name>Find</name>
    <message>
        <source>Find in page</source>
        <extracomment>Pages longer than this (characters) are searched after a pause in typing, not on every key. The pause, in milliseconds.</extracomment>
        <translation>Беттен табу</translation>
    </message>
    <message>
        <source>Marks the text in the page; Enter and Shift+Enter go to the next and previous match</source>
        <translation>Беттегі мәтінді белгілейді; Enter және Shift+Enter келесі және алдыңғы сәйкестікке өтеді</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Сәйкестіктер</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Алдыңғы сәйкестік</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Алдыңғы сәйкестік (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Келесі сәйкестік</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Келесі сәйкестік (F3)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Жабу (Esc)</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Іздеу жолағын жабу</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Сәйкестік жоқ</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 ішінен %1</translation>
    </message>
</context>
<context>
    <name>Glance</name>
    <message>
        <source>Key facts</source>
        <translation>Маңызды деректер</translation>
    </message>
    <message>
        <source>Latest events</source>
        <translation>Соңғы оқиғалар</translation>
    </message>
    <message>
        <source>Headline figures</source>
        <translation>Негізгі көрсеткіштер</translation>
    </message>
    <message>
        <source>Trade, investment, debt and transit figures with their year and source:</source>
        <translation>Сауда, инвестиция, қарыз және транзит көрсеткіштері, жылы мен дереккөзімен:</translation>
    </message>
    <message>
        <source>Where to start</source>
        <translation>Неден бастау керек</translation>
    </message>
    <message>
        <source>No timeline in this pack. Add timeline.yaml to the pack folder (see the format guide) and its latest events show here.</source>
        <translation>Бұл пакетте хронология жоқ. Пакет қалтасына timeline.yaml файлын қосыңыз (пішім нұсқаулығын қараңыз), сонда мұнда соңғы оқиғалар шығады.</translation>
    </message>
    <message numerus="yes">
        <source>All %n events: Go › Timeline (Ctrl+T)</source>
        <translation>
            <numerusform>Хронологияда %n оқиға: Өту › Хронология (Ctrl+T)</numerusform>
            <numerusform>Хронологияда %n оқиға: Өту › Хронология (Ctrl+T)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more top-level topic(s) in Contents</source>
        <translation>
            <numerusform>… және «Мазмұны» бөлімінде тағы %n жоғарғы деңгейлі тақырып</numerusform>
            <numerusform>… және «Мазмұны» бөлімінде тағы %n жоғарғы деңгейлі тақырып</numerusform>
        </translation>
    </message>
    <message>
        <source>Edition %1</source>
        <translation>%1-басылым</translation>
    </message>
    <message>
        <source>facts as of %1</source>
        <translation>мәліметтер %1 бойынша</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>Кімге арналған: %1</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source>Choose a term to read about it.</source>
        <extracomment>The term card&apos;s text while no term is chosen (English; shown as ``Glossary.tr(...)``).</extracomment>
        <translation>Ол туралы оқу үшін терминді таңдаңыз.</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Глоссарий</translation>
    </message>
    <message>
        <source>Reading the glossary…</source>
        <translation>Глоссарий жүктелуде…</translation>
    </message>
    <message>
        <source>Filter terms (any language)</source>
        <translation>Терминдерді сүзу (кез келген тілде)</translation>
    </message>
    <message>
        <source>Filter glossary terms</source>
        <translation>Глоссарий терминдерін сүзу</translation>
    </message>
    <message>
        <source>Type a name in any language to list the terms that have it</source>
        <translation>Атауды кез келген тілде жазсаңыз, сол атауы бар терминдер көрсетіледі</translation>
    </message>
    <message>
        <source>Glossary terms</source>
        <translation>Глоссарий терминдері</translation>
    </message>
    <message>
        <source>The terms under their letters; choose one to read its card</source>
        <translation>Әріптер бойынша терминдер; карточкасын ашу үшін біреуін таңдаңыз</translation>
    </message>
    <message>
        <source>Term definition</source>
        <translation>Терминнің анықтамасы</translation>
    </message>
    <message>
        <source>The chosen term: its names by language, definition, the topics that use it, see also</source>
        <translation>Таңдалған термин: әр тілдегі атаулары, анықтамасы, ол кездесетін тақырыптар, сондай-ақ қараңыз</translation>
    </message>
    <message>
        <source>This pack has no glossary.</source>
        <translation>Бұл пакетте глоссарий жоқ.</translation>
    </message>
    <message>
        <source>No term matches “%1”.</source>
        <translation>«%1» сұрауына сәйкес термин жоқ.</translation>
    </message>
    <message>
        <source>No term is named “%1”; showing the closest names</source>
        <translation>«%1» атаулы термин жоқ; ең жақындары көрсетілген</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>User guide</source>
        <extracomment>The guide&apos;s pages (file names without ``.md`` in ``resources/guide/``), the first the start. The start page&apos;s title when it has none (the English guide&apos;s).</extracomment>
        <translation>Пайдаланушы нұсқаулығы</translation>
    </message>
    <message>
        <source>How to read, search and prepare with Briefing</source>
        <translation>Briefing арқылы қалай оқу, іздеу және дайындалу керек</translation>
    </message>
    <message>
        <source>Briefing User Guide</source>
        <translation>Briefing пайдаланушы нұсқаулығы</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <source>Letter %1</source>
        <extracomment>How alike (per cent) a mistyped filter and a term&apos;s name must be for the term to show. Each term&apos;s names (headword, aliases, translations), folded, by letter row and row.</extracomment>
        <translation>%1 әрпі</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>Library</source>
        <extracomment>The file dialog&apos;s filters for Add → Pack File….</extracomment>
        <translation>Кітапхана</translation>
    </message>
    <message>
        <source>Packs you have opened or added, recently opened first. Double-click one to open it.</source>
        <translation>Сіз ашқан немесе қосқан пакеттер; соңғы ашылғандары жоғарыда. Пакетті ашу үшін оны екі рет басыңыз.</translation>
    </message>
    <message>
        <source>Packs in the library</source>
        <translation>Кітапханадағы пакеттер</translation>
    </message>
    <message>
        <source>Recently opened first; Enter opens the pack selected, Delete removes it</source>
        <translation>Соңғы ашылғандары жоғарыда; Enter таңдалған пакетті ашады, Delete оны кітапханадан алып тастайды</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ашу</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Қосу…</translation>
    </message>
    <message>
        <source>Pack &amp;Folder…</source>
        <translation>Пакет &amp;қалтасын…</translation>
    </message>
    <message>
        <source>Pack F&amp;ile (.briefing)…</source>
        <translation>Пакет &amp;файлын (.briefing)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Алып &amp;тастау</translation>
    </message>
    <message>
        <source>Reveal in &amp;Folder</source>
        <translation>Қалтада &amp;көрсету</translation>
    </message>
    <message>
        <source>The pack that ships with Briefing stays in the library</source>
        <translation>Briefing-пен бірге келетін пакет кітапханада әрдайым қалады</translation>
    </message>
    <message>
        <source>Cannot remove the pack</source>
        <translation>Пакетті алып тастау мүмкін емес</translation>
    </message>
    <message>
        <source>Add a pack folder to the library</source>
        <translation>Пакет қалтасын кітапханаға қосу</translation>
    </message>
    <message>
        <source>Add a pack file to the library</source>
        <translation>Пакет файлын кітапханаға қосу</translation>
    </message>
    <message>
        <source>Adding %1…</source>
        <translation>Қосылуда: %1…</translation>
    </message>
    <message>
        <source>Added “%1”.</source>
        <translation>«%1» пакеті қосылды.</translation>
    </message>
    <message>
        <source>Cannot add the pack</source>
        <translation>Пакетті қосу мүмкін емес</translation>
    </message>
    <message>
        <source>Title</source>
        <extracomment>The row&apos;s :class:`Entry`. Column headers (English; shown as ``Library.tr(text)``).</extracomment>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Басылым</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Кімге арналған</translation>
    </message>
    <message>
        <source>Facts as of</source>
        <translation>Мәліметтер күні</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Көлемі</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөзі</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Қолтаңба</translation>
    </message>
    <message>
        <source>Briefing pack folder</source>
        <extracomment>What each kind of pack is called (English; shown as ``Library.tr(text)``).</extracomment>
        <translation>Briefing пакетінің қалтасы</translation>
    </message>
    <message>
        <source>Briefing pack file</source>
        <translation>Briefing пакетінің файлы</translation>
    </message>
    <message>
        <source>MkDocs project</source>
        <translation>MkDocs жобасы</translation>
    </message>
    <message>
        <source>Obsidian vault</source>
        <translation>Obsidian қоймасы</translation>
    </message>
    <message>
        <source>Markdown folder</source>
        <translation>Markdown қалтасы</translation>
    </message>
    <message>
        <source>Signed by %1</source>
        <extracomment>Signature states in words (English; shown as ``Library.tr(text)``).</extracomment>
        <translation>Қол қойған: %1</translation>
    </message>
    <message>
        <source>Signed by an unknown key</source>
        <translation>Белгісіз кілтпен қол қойылған</translation>
    </message>
    <message>
        <source>Bad signature</source>
        <translation>Қолтаңба жарамсыз</translation>
    </message>
    <message>
        <source>Unsigned</source>
        <translation>Қолтаңбасыз</translation>
    </message>
    <message>
        <source>ALTERED: %1 · %2</source>
        <extracomment>A pack file whose files did not all match its manifest, in words (English; shown as ``Library.tr(text)``; %1 the files, %2 the signature&apos;s words).</extracomment>
        <translation>ӨЗГЕРТІЛГЕН: %1 · %2</translation>
    </message>
    <message>
        <source>Refused: the pack file could not be opened</source>
        <translation>Қабылданбады: пакет файлын ашу мүмкін болмады</translation>
    </message>
    <message>
        <source>Bundled with Briefing</source>
        <translation>Briefing-пен бірге келеді</translation>
    </message>
</context>
<context>
    <name>Loader</name>
    <message>
        <source>Could not finish loading the pack (%1)</source>
        <extracomment>A pack with more topic files than this, not in the cache, opens with a preview first. Seconds a preview waits for its topics&apos; titles once the rest is read (a cold disk may take seconds for 20,000 files; the tree shows ids for the titles not read yet). Progress is reported in steps of this many percent (each report repaints the status bar).</extracomment>
        <translation>Пакетті толық жүктеу мүмкін болмады (%1)</translation>
    </message>
</context>
<context>
    <name>Map</name>
    <message>
        <source>This pack has no places.yaml, so there is nothing to show on the map.

To add places, put a places.yaml beside the pack&apos;s briefing.yaml listing each place (id, name, lat, lon, kind and the topics about it) and the routes between them; the pack format guide describes the file.</source>
        <extracomment>Zoom limits in pixels per kilometre; the base map is simplified to 2.5 km. Labels are placed most important first: capitals, then crossings and ports, cities last. The largest country label rank shown at a zoom (pixels per km): more countries closer in. Shown instead of the map when the pack has no places (English; shown translated).</extracomment>
        <translation>Бұл пакетте places.yaml файлы жоқ, сондықтан картада көрсететін ештеңе жоқ.

Орындарды қосу үшін пакеттің briefing.yaml файлының жанына places.yaml файлын салып, онда әр орынды (id, name, lat, lon, kind және ол туралы тақырыптар) және олардың арасындағы бағыттарды тізіп жазыңыз; файл пакет пішімінің нұсқаулығында сипатталған.</translation>
    </message>
    <message>
        <source>%1° N</source>
        <translation>%1° с. е.</translation>
    </message>
    <message>
        <source>%1° S</source>
        <translation>%1° о. е.</translation>
    </message>
    <message>
        <source>%1° E</source>
        <translation>%1° ш. б.</translation>
    </message>
    <message>
        <source>%1° W</source>
        <translation>%1° б. б.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Map — %1</source>
        <translation>Карта — %1</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Үлкейту</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Кішірейту</translation>
    </message>
    <message>
        <source>Show &amp;All Places</source>
        <translation>&amp;Барлық орындарды көрсету</translation>
    </message>
    <message>
        <source>Export as &amp;SVG…</source>
        <translation>&amp;SVG ретінде экспорттау…</translation>
    </message>
    <message>
        <source>Export as &amp;PNG…</source>
        <translation>&amp;PNG ретінде экспорттау…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Жабу</translation>
    </message>
    <message>
        <source>Export Map</source>
        <translation>Картаны экспорттау</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG суреті (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG суреті (*.png)</translation>
    </message>
    <message>
        <source>The map could not be saved: %1</source>
        <translation>Картаны сақтау мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сақталды: %1</translation>
    </message>
    <message>
        <source>Caspian Sea</source>
        <extracomment>Colours by scheme: the base map, then route kinds, then place kinds. Names of the seas in view (English; written as ``Map.tr(name)``), with where to write them (latitude, longitude).</extracomment>
        <translation>Каспий теңізі</translation>
    </message>
    <message>
        <source>Black Sea</source>
        <translation>Қара теңіз</translation>
    </message>
    <message>
        <source>Yellow Sea</source>
        <translation>Сары теңіз</translation>
    </message>
    <message>
        <source>Persian Gulf</source>
        <translation>Парсы шығанағы</translation>
    </message>
    <message>
        <source>Baltic Sea</source>
        <translation>Балтық теңізі</translation>
    </message>
    <message>
        <source>Mediterranean Sea</source>
        <translation>Жерорта теңізі</translation>
    </message>
    <message>
        <source>Click to read about it</source>
        <translation>Ол туралы оқу үшін шертіңіз</translation>
    </message>
    <message>
        <source>No topic in this pack is about it yet</source>
        <translation>Бұл пакетте бұл туралы тақырып әлі жоқ</translation>
    </message>
    <message>
        <source>Capital</source>
        <extracomment>How the legend names each kind (English; :func:`kind_name` gives it translated).</extracomment>
        <translation>Елорда</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Қала</translation>
    </message>
    <message>
        <source>Border crossing</source>
        <translation>Шекара өткелі</translation>
    </message>
    <message>
        <source>Dry port</source>
        <translation>Құрғақ порт</translation>
    </message>
    <message>
        <source>Seaport</source>
        <translation>Теңіз порты</translation>
    </message>
    <message>
        <source>Special economic zone</source>
        <translation>Арнайы экономикалық аймақ</translation>
    </message>
    <message>
        <source>Railway</source>
        <translation>Темір жол</translation>
    </message>
    <message>
        <source>Road</source>
        <translation>Автожол</translation>
    </message>
    <message>
        <source>Sea route</source>
        <translation>Теңіз жолы</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Құбыр желісі</translation>
    </message>
    <message>
        <source>Base map: Natural Earth</source>
        <extracomment>Credit for the base map, shown on the map and in every export (Natural Earth asks for none but welcomes it: naturalearthdata.com/about/terms-of-use). English; :func:`credit` gives it translated.</extracomment>
        <translation>Негізгі карта: Natural Earth</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 км</translation>
    </message>
    <message>
        <source>%1. %2 (public domain).</source>
        <translation>%1. %2 (қоғамдық игілік).</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;Open Pack…</source>
        <translation>Пакетті &amp;ашу…</translation>
    </message>
    <message>
        <source>&amp;Show Problems</source>
        <translation>&amp;Мәселелерді көрсету</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Ш&amp;ығу</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Үлкейту</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Кішірейту</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Бастапқы масштаб</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Іздеу…</translation>
    </message>
    <message>
        <source>&amp;Next Topic</source>
        <translation>К&amp;елесі тақырып</translation>
    </message>
    <message>
        <source>&amp;Previous Topic</source>
        <translation>Алдыңғы тақы&amp;рып</translation>
    </message>
    <message>
        <source>&amp;Find in Page…</source>
        <translation>Беттен та&amp;бу…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Келесіні табу</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Алды&amp;ңғыны табу</translation>
    </message>
    <message>
        <source>Go to &amp;Topic Tree</source>
        <translation>Тақырыптар ағашына &amp;өту</translation>
    </message>
    <message>
        <source>Go to Rea&amp;der</source>
        <translation>О&amp;қу аймағына өту</translation>
    </message>
    <message>
        <source>&amp;About Briefing</source>
        <translation>Briefing &amp;туралы</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Пайдаланушы нұсқаулығы</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>П&amp;ернетақта тіркесімдері</translation>
    </message>
    <message>
        <source>Next Pa&amp;ne</source>
        <translation>Келесі &amp;панель</translation>
    </message>
    <message>
        <source>Previous Pan&amp;e</source>
        <translation>Алдыңғы па&amp;нель</translation>
    </message>
    <message>
        <source>&amp;Glossary Page</source>
        <translation>&amp;Глоссарий беті</translation>
    </message>
    <message>
        <source>&amp;At a Glance</source>
        <translation>&amp;Шолу</translation>
    </message>
    <message>
        <source>Ti&amp;meline</source>
        <translation>&amp;Хронология</translation>
    </message>
    <message>
        <source>Re&amp;hearse…</source>
        <translation>Репети&amp;ция…</translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation>&amp;Глоссарий</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>Ма&amp;змұны</translation>
    </message>
    <message>
        <source>Pro&amp;blems</source>
        <translation>Мә&amp;селелер</translation>
    </message>
    <message>
        <source>&amp;Full-Screen Reading</source>
        <translation>Толық экранда &amp;оқу</translation>
    </message>
    <message>
        <source>Leave Full Screen</source>
        <translation>Толық экраннан шығу</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Баптаулар…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>Ө&amp;ту</translation>
    </message>
    <message>
        <source>M&amp;ap</source>
        <translation>Кар&amp;та</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Негізгі</translation>
    </message>
    <message>
        <source>Loading the pack</source>
        <translation>Пакет жүктелуде</translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <extracomment>The View → Theme entries: theme name and menu text (English; shown as ``Menus.tr(text)``).</extracomment>
        <translation>&amp;Жүйедегідей</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Ашық</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Қараңғы</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>Жоғары &amp;контраст</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <source>&amp;Library…</source>
        <translation>&amp;Кітапхана…</translation>
    </message>
</context>
<context>
    <name>Nav</name>
    <message>
        <source>Where this topic sits</source>
        <extracomment>Entries listed in a Back or Forward button&apos;s menu. Titles in the breadcrumb are cut to this many characters.</extracomment>
        <translation>Тақырыптың ағаштағы орны</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Артқа</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>А&amp;лға</translation>
    </message>
    <message>
        <source>&amp;Recent Topics</source>
        <translation>&amp;Соңғы тақырыптар</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(жоқ)</translation>
    </message>
    <message>
        <source>(no topics opened yet)</source>
        <translation>(әлі ешбір тақырып ашылмаған)</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <source>Notes</source>
        <extracomment>Quiet time after the last keystroke before a save (ms). Longest time typed text stays unsaved while the typing goes on (s). A note is read in a narrow dock: heading sizes (pt) a step smaller than in the reader.</extracomment>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Алдын ала қарау</translation>
    </message>
    <message>
        <source>Show the note rendered, or as Markdown to edit</source>
        <translation>Жазбаны безендірілген түрде немесе өңдеуге арналған Markdown түрінде көрсету</translation>
    </message>
    <message>
        <source>Note status</source>
        <translation>Жазба күйі</translation>
    </message>
    <message>
        <source>Note (Markdown)</source>
        <translation>Жазба (Markdown)</translation>
    </message>
    <message>
        <source>Your note on this topic, in Markdown, saved as you type</source>
        <translation>Осы тақырыпқа жазған Markdown жазбаңыз, теру барысында сақталады</translation>
    </message>
    <message>
        <source>Your private notes on this topic, in Markdown. Saved as you type.</source>
        <translation>Осы тақырыпқа арналған жеке жазбаларыңыз, Markdown пішімінде. Теру барысында сақталады.</translation>
    </message>
    <message>
        <source>Note (rendered)</source>
        <translation>Жазба (безендірілген)</translation>
    </message>
    <message>
        <source>Your note as it reads, its links working</source>
        <translation>Жазбаңыздың дайын түрі, сілтемелері жұмыс істейді</translation>
    </message>
    <message>
        <source>Notes — %1</source>
        <translation>Жазбалар — %1</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Өңделуде…</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Сақталмады.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сақталды</translation>
    </message>
    <message>
        <source>No notes on this topic yet.</source>
        <translation>Бұл тақырыпқа әлі жазба жоқ.</translation>
    </message>
</context>
<context>
    <name>PackFiles</name>
    <message>
        <source>%1, against %2 that you read before: %3.</source>
        <translation>%1; бұған дейін оқығаныңыз: %2. Өзгерістер: %3.</translation>
    </message>
    <message>
        <source>Removed words are struck out, added words underlined. Topics you have not opened since are marked in the tree.</source>
        <translation>Өшірілген сөздердің үсті, қосылған сөздердің асты сызылған. Содан бері ашылмаған тақырыптар ағашта белгіленген.</translation>
    </message>
    <message>
        <source>What changed in %1</source>
        <translation>«%1» пакетінде не өзгерді</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Қосылды</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Өшірілді</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Өзгерді</translation>
    </message>
    <message>
        <source> (not opened yet)</source>
        <translation> (әлі ашылмаған)</translation>
    </message>
    <message>
        <source>What Changed</source>
        <translation>Не өзгерді</translation>
    </message>
    <message>
        <source>What changed in this edition</source>
        <translation>Осы басылымда не өзгерді</translation>
    </message>
    <message>
        <source>Briefing pack files (*.briefing)</source>
        <translation>Briefing пакет файлдары (*.briefing)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>signed by %1 (trusted by you)</source>
        <translation>қол қойған: %1 (сіз сенім білдірген кілт)</translation>
    </message>
    <message>
        <source>signed by %1 (trusted)</source>
        <translation>қол қойған: %1 (сенімді кілт)</translation>
    </message>
    <message>
        <source>signed by an unknown key (it says “%1”; fingerprint %2)</source>
        <translation>белгісіз кілтпен қол қойылған (қол қоюшы ретінде «%1» көрсетілген; саусақ ізі %2)</translation>
    </message>
    <message>
        <source>signed by an unknown key (fingerprint %1)</source>
        <translation>белгісіз кілтпен қол қойылған (саусақ ізі %1)</translation>
    </message>
    <message>
        <source>signature does not verify: %1</source>
        <translation>қолтаңба тексеруден өтпеді: %1</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>қолтаңбасыз</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>қабылданбады: %1</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>тексерілді</translation>
    </message>
    <message numerus="yes">
        <source>%n altered: %1</source>
        <translation>
            <numerusform>%n файл өзгертілген: %1</numerusform>
            <numerusform>%n файл өзгертілген: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing: %1</source>
        <translation>
            <numerusform>%n файл жоқ: %1</numerusform>
            <numerusform>%n файл жоқ: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n extra: %1</source>
        <translation>
            <numerusform>%n артық файл: %1</numerusform>
            <numerusform>%n артық файл: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>NOT verified — %1</source>
        <translation>ТЕКСЕРІЛМЕДІ — %1</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s) changed</source>
        <extracomment>Links to topics in the page: ``topic:&lt;id&gt;``.</extracomment>
        <translation>
            <numerusform>%n тақырып өзгерді</numerusform>
            <numerusform>%n тақырып өзгерді</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s) added</source>
        <translation>
            <numerusform>%n тақырып қосылды</numerusform>
            <numerusform>%n тақырып қосылды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n қосылды</numerusform>
            <numerusform>%n қосылды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s) removed</source>
        <translation>
            <numerusform>%n тақырып өшірілді</numerusform>
            <numerusform>%n тақырып өшірілді</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n өшірілді</numerusform>
            <numerusform>%n өшірілді</numerusform>
        </translation>
    </message>
    <message>
        <source>no changes</source>
        <translation>өзгеріс жоқ</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>edition %1 of %2</source>
        <translation>%2 күнгі %1-басылым</translation>
    </message>
    <message>
        <source>edition %1</source>
        <translation>%1-басылым</translation>
    </message>
    <message>
        <source>edition of %1</source>
        <translation>%1 күнгі басылым</translation>
    </message>
    <message>
        <source>the undated edition</source>
        <translation>күні көрсетілмеген басылым</translation>
    </message>
    <message>
        <source>Open Pack &amp;File…</source>
        <extracomment>The noting thread sleeps this long after every topic (s). Python threads share one interpreter lock: beside the search indexer, a second busy thread raised the longest stall while typing on a 5,000-topic pack from about 20 ms to 40–58 ms (tests/ui/search/test_latency.py, three runs each); with this pause it was 18–32 ms. Such a pack&apos;s new edition is then noted in about half a minute, unseen; the bundled pack&apos;s in 0.1 s. The widest a status label asks to be, in average characters: a signer&apos;s long name or an unknown key&apos;s fingerprint must leave the status bar&apos;s messages room. (pack, record): the edition of ``pack`` is noted (emitted from the noting thread). (entry): the library now lists the open pack as opened, an :class:`~briefing_app.core.library.shelf.Entry` (emitted from the noting thread). Whether the packs the window opens are recorded in the library and their editions noted (not for a picture).</extracomment>
        <translation>Пакет &amp;файлын ашу…</translation>
    </message>
    <message>
        <source>&amp;What Changed…</source>
        <translation>&amp;Не өзгерді…</translation>
    </message>
    <message>
        <source>Pack file</source>
        <translation>Пакет файлы</translation>
    </message>
    <message>
        <source>What changed?</source>
        <translation>Не өзгерді?</translation>
    </message>
    <message>
        <source>Open a briefing pack file</source>
        <translation>Материалдар пакетінің файлын ашу</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Тексерілді</translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation>ТЕКСЕРІЛМЕДІ</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Warning: this pack file is %1</source>
        <translation>Назар аударыңыз: пакет файлы %1</translation>
    </message>
    <message>
        <source>%1: %2 since %3</source>
        <translation>%1: %2 (алдыңғысы — %3)</translation>
    </message>
    <message>
        <source>A new edition: %1 since %2. File → What Changed… shows how</source>
        <translation>Жаңа басылым: %1 (алдыңғысы — %2). Толығырақ: Файл → Не өзгерді…</translation>
    </message>
    <message>
        <source>No changes recorded for this edition</source>
        <translation>Бұл басылым үшін өзгерістер жазылмаған</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Preferences</source>
        <extracomment>Settings keys of the brief defaults (the Build Brief dialog starts from them).</extracomment>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Жүйедегідей</translation>
    </message>
    <message>
        <source>The interface language changes the next time Briefing starts.</source>
        <translation>Интерфейс тілі Briefing келесі іске қосылғанда ауысады.</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> пт</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> таңба</translation>
    </message>
    <message>
        <source>Mark glossary terms in the text</source>
        <translation>Мәтіндегі глоссарий терминдерін белгілеу</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>The pack&apos;s own marking</source>
        <translation>Пакеттің өз грифі</translation>
    </message>
    <message>
        <source>Left off the cover when empty</source>
        <translation>Бос болса, мұқабада көрсетілмейді</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Оқу</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>Reading &amp;font:</source>
        <translation>&amp;Қаріп:</translation>
    </message>
    <message>
        <source>Font &amp;size:</source>
        <translation>Қаріп &amp;өлшемі:</translation>
    </message>
    <message>
        <source>Line &amp;length at most:</source>
        <translation>Жол &amp;ұзындығы ең көбі:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Интерфейс тілі:</translation>
    </message>
    <message>
        <source>New briefs</source>
        <translation>Жаңа анықтамалық жазбалар</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>Қағаз &amp;пішімі:</translation>
    </message>
    <message>
        <source>&amp;Marking:</source>
        <translation>&amp;Гриф:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Авторы:</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Қалпына келтіру</translation>
    </message>
    <message>
        <source>Put back the default settings (your notes are not touched)</source>
        <translation>Әдепкі баптауларды қайтару (жазбаларыңызға тиіспейді)</translation>
    </message>
</context>
<context>
    <name>Prep</name>
    <message>
        <source>Build &amp;Brief…</source>
        <translation>Анықтамалық &amp;жазба құрастыру…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Басып &amp;шығару…</translation>
    </message>
    <message>
        <source>Export &amp;Notes…</source>
        <translation>Жазбаларды &amp;экспорттау…</translation>
    </message>
    <message>
        <source>Back &amp;Up Notes…</source>
        <translation>Жазбалардың &amp;резервтік көшірмесі…</translation>
    </message>
    <message>
        <source>&amp;Add Selection to Notes</source>
        <translation>Таңдалғанды жазбаларға &amp;қосу</translation>
    </message>
    <message>
        <source>Glossary</source>
        <extracomment>True while the user keeps the notes panel open (View → Notes) on topics without a note; otherwise it shows only on topics that have one.</extracomment>
        <translation>Глоссарий</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>Шолу</translation>
    </message>
    <message>
        <source>Select a passage of a topic to add it to your notes</source>
        <translation>Жазбаларға қосу үшін тақырыптан үзінді белгілеңіз</translation>
    </message>
    <message>
        <source>Added to your notes</source>
        <translation>Жазбаларға қосылды</translation>
    </message>
    <message>
        <source>Select a passage first, then add it to your notes</source>
        <translation>Алдымен үзіндіні белгілеп, содан кейін жазбаларға қосыңыз</translation>
    </message>
    <message>
        <source>Export notes</source>
        <translation>Жазбаларды экспорттау</translation>
    </message>
    <message>
        <source>Notes not exported</source>
        <translation>Жазбалар экспортталмады</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation>%1 жазу мүмкін емес: %2. Басқа буманы таңдаңыз.</translation>
    </message>
    <message>
        <source>Notes exported to %1</source>
        <translation>Жазбалар %1 файлына экспортталды</translation>
    </message>
    <message>
        <source>Back up notes and bookmarks</source>
        <translation>Жазбалар мен бетбелгілердің резервтік көшірмесі</translation>
    </message>
    <message>
        <source>Briefing notes backup (*.sqlite3);;All files (*)</source>
        <translation>Briefing жазбаларының резервтік көшірмесі (*.sqlite3);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Notes not backed up</source>
        <translation>Жазбалардың резервтік көшірмесі жасалмады</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) not saved yet are not in it</source>
        <translation>
            <numerusform>оған әлі сақталмаған %n жазба кірмеді</numerusform>
            <numerusform>оған әлі сақталмаған %n жазба кірмеді</numerusform>
        </translation>
    </message>
    <message>
        <source>Export brief</source>
        <translation>Анықтамалық жазбаны экспорттау</translation>
    </message>
    <message>
        <source>Brief saved to %1</source>
        <translation>Анықтамалық жазба %1 файлына сақталды</translation>
    </message>
    <message>
        <source>Brief export cancelled</source>
        <translation>Анықтамалық жазбаны экспорттау тоқтатылды</translation>
    </message>
    <message>
        <source>Brief not saved</source>
        <translation>Анықтамалық жазба сақталмады</translation>
    </message>
    <message>
        <source>Cannot print the brief</source>
        <translation>Анықтамалық жазбаны басып шығару мүмкін емес</translation>
    </message>
    <message>
        <source>Open a topic to print it</source>
        <translation>Басып шығару үшін тақырыпты ашыңыз</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Print — %1</source>
        <extracomment>Paints the pages of one document on a printer.</extracomment>
        <translation>Басып шығару — %1</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>Problems</source>
        <translation>Мәселелер</translation>
    </message>
    <message>
        <source>Pack problems</source>
        <translation>Пакет мәселелері</translation>
    </message>
    <message>
        <source>What is wrong in the pack&apos;s files, one line each; Enter opens the topic</source>
        <translation>Пакет файлдарындағы қателер, әрқайсысы бір жолда; Enter тақырыпты ашады</translation>
    </message>
</context>
<context>
    <name>Reading</name>
    <message>
        <source>Reader</source>
        <extracomment>Topics whose body is longer than this (characters) are shown progressively. Markdown rendered per step when a topic is shown progressively (bytes). Space around the page&apos;s text (device-independent pixels). The At a Glance page&apos;s measure, as a multiple of the reader&apos;s: its two columns side by side, the wider (57 %) holding about a topic page&apos;s line length, centred like a topic page. Images wider than this are scaled down to it (device-independent pixels). Key of the QImage text that :func:`placeholder_image` sets to the words it shows.</extracomment>
        <translation>Оқу аймағы</translation>
    </message>
    <message>
        <source>The page shown: a topic, a glossary term or the whole glossary; links open topics and terms</source>
        <translation>Ашық бет: тақырып, глоссарий термині немесе бүкіл глоссарий; сілтемелер тақырыптар мен терминдерді ашады</translation>
    </message>
    <message>
        <source>Topic: %1, section %2</source>
        <extracomment>Actions listed under the standard entries of the context menu.</extracomment>
        <translation>Тақырып: %1, %2 бөлімі</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>Тақырып: %1</translation>
    </message>
    <message>
        <source>Glossary: %1</source>
        <translation>Глоссарий: %1</translation>
    </message>
    <message>
        <source>Section: %1</source>
        <translation>Бөлім: %1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>Эл. пошта: %1</translation>
    </message>
    <message>
        <source>Web page: %1</source>
        <translation>Веб-бет: %1</translation>
    </message>
    <message>
        <source>File in the pack: %1</source>
        <translation>Пакет файлы: %1</translation>
    </message>
    <message>
        <source>Link refused: %1</source>
        <translation>Сілтеме қабылданбады: %1</translation>
    </message>
    <message>
        <source>Link refused: %1 is not a page of this pack</source>
        <translation>Сілтеме қабылданбады: %1 бұл пакеттің беті емес</translation>
    </message>
    <message>
        <source>Image refused: %1</source>
        <translation>Сурет қабылданбады: %1</translation>
    </message>
    <message>
        <source>Image not found: %1</source>
        <translation>Сурет табылмады: %1</translation>
    </message>
    <message>
        <source>Image could not be read: %1</source>
        <translation>Суретті оқу мүмкін болмады: %1</translation>
    </message>
</context>
<context>
    <name>Rehearsal</name>
    <message>
        <source>No talking points to rehearse in the topics chosen.

Add talking_points (and key_facts) to a topic&apos;s front matter, or press T to choose other topics.</source>
        <extracomment>Minutes allowed for a point when the timer is on, by default, and the most. Type sizes (points) of the talking point and of the key facts. The countdown&apos;s resolution (ms). Shown instead of a card when the topics chosen have no talking points (English; shown translated).</extracomment>
        <translation>Таңдалған тақырыптарда репетицияға арналған тезистер жоқ.

Тақырыптың тақырыптық блогына (front matter) talking_points (және key_facts) қосыңыз немесе басқа тақырыптарды таңдау үшін T пернесін басыңыз.</translation>
    </message>
    <message>
        <source>Rehearse — Briefing</source>
        <translation>Репетиция — Briefing</translation>
    </message>
    <message>
        <source>Space: show the key facts</source>
        <translation>Бос орын: маңызды деректерді көрсету</translation>
    </message>
    <message>
        <source>&amp;Timer</source>
        <translation>&amp;Таймер</translation>
    </message>
    <message>
        <source>Count down the time allowed for each point</source>
        <translation>Әр тезиске берілген уақытты кері санау</translation>
    </message>
    <message>
        <source> min a point</source>
        <translation> мин әр тезиске</translation>
    </message>
    <message>
        <source>Minutes for each point</source>
        <translation>Әр тезиске берілетін минут</translation>
    </message>
    <message>
        <source>Time left for this point</source>
        <translation>Осы тезиске қалған уақыт</translation>
    </message>
    <message>
        <source>T&amp;opics…</source>
        <translation>Тақыр&amp;ыптар…</translation>
    </message>
    <message>
        <source>&amp;Leave (Esc)</source>
        <translation>&amp;Шығу (Esc)</translation>
    </message>
    <message>
        <source>Space: key facts · → PgDn Enter: next · ← PgUp: previous · T: topics · Esc: leave</source>
        <translation>Бос орын: маңызды деректер · → PgDn Enter: келесі · ← PgUp: алдыңғы · T: тақырыптар · Esc: шығу</translation>
    </message>
    <message>
        <source>Rehearse</source>
        <translation>Репетиция</translation>
    </message>
    <message>
        <source>point %1 of %2</source>
        <translation>%2 ішінен %1-тезис</translation>
    </message>
    <message>
        <source>card %1 of %2</source>
        <translation>%2 ішінен %1-карточка</translation>
    </message>
    <message>
        <source>(No talking point: the key facts follow.)</source>
        <translation>(Тезис жоқ: төменде маңызды деректер.)</translation>
    </message>
    <message>
        <source>Key facts</source>
        <translation>Маңызды деректер</translation>
    </message>
    <message>
        <source>No key facts.</source>
        <translation>Маңызды деректер жоқ.</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 қалды</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Уақыт бітті</translation>
    </message>
    <message>
        <source>Rehearse which topics?</source>
        <translation>Қай тақырыптарды репетициялау керек?</translation>
    </message>
    <message>
        <source>Topics to rehearse</source>
        <translation>Репетицияға арналған тақырыптар</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Барлығы</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Ешқайсысы</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>Б&amp;астау</translation>
    </message>
    <message>
        <source>Tick the topics whose talking points you want to rehearse:</source>
        <translation>Тезистерін репетициялағыңыз келетін тақырыптарды белгілеңіз:</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Indexing… %p%</source>
        <extracomment>Settings key of the scope chosen in the panel: &quot;pack&quot; or &quot;all&quot;. Pause in typing, in milliseconds, after which the box&apos;s text is searched. An answer not come after this many ms is said to be on its way (a pack being indexed). How long the &quot;index ready&quot; message stays in the status bar (ms).</extracomment>
        <translation>Индекстеу… %p%</translation>
    </message>
    <message>
        <source>Search indexing progress</source>
        <translation>Іздеу индексін құру барысы</translation>
    </message>
    <message>
        <source>Indexing: quick matches for now</source>
        <translation>Индекстеу жүріп жатыр: әзірге тек жылдам сәйкестіктер</translation>
    </message>
    <message>
        <source>Loading the pack: only the open topic is searched for now</source>
        <translation>Пакет жүктелуде: әзірге тек ашық тақырыптан ізделеді</translation>
    </message>
    <message>
        <source>Indexing… %1%: quick matches for now</source>
        <translation>Индекстеу… %1%: әзірге тек жылдам сәйкестіктер</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <source>Search index loaded in %1</source>
        <translation>Іздеу индексі %1 ішінде жүктелді</translation>
    </message>
    <message>
        <source>Search index built in %1</source>
        <translation>Іздеу индексі %1 ішінде құрылды</translation>
    </message>
    <message>
        <source>Full-text search unavailable: quick matches only</source>
        <translation>Толық мәтінді іздеу қолжетімсіз: тек жылдам сәйкестіктер</translation>
    </message>
    <message>
        <source>Search index could not be made (%1); searching by plain text instead</source>
        <translation>Іздеу индексін құру мүмкін болмады (%1); орнына қарапайым мәтін бойынша ізделеді</translation>
    </message>
    <message>
        <source>Type in the search box (Ctrl+K) to search every topic and glossary term.</source>
        <extracomment>The status line before anything is searched (a panel restored open at start, say); English, shown as ``Search.tr(HINT)``.</extracomment>
        <translation>Барлық тақырыптар мен глоссарий терминдерінен іздеу үшін іздеу жолына (Ctrl+K) жазыңыз.</translation>
    </message>
    <message>
        <source>This pack</source>
        <extracomment>The scopes of a search: the pack shown, or every pack of the library (English; shown as ``Search.tr(text)``).</extracomment>
        <translation>Осы пакет</translation>
    </message>
    <message>
        <source>All packs</source>
        <translation>Барлық пакеттер</translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>Rows laid out per pass of the event loop. Suggestions longer than this are shown cut, with &quot;…&quot; (the button&apos;s tooltip has them whole). Suggestion buttons look like links, in the palette&apos;s link colour.</extracomment>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Іздеу</translation>
    </message>
    <message>
        <source>Search &amp;in:</source>
        <translation>&amp;Іздеу аясы:</translation>
    </message>
    <message>
        <source>Search in</source>
        <translation>Іздеу аясы</translation>
    </message>
    <message>
        <source>Search the pack shown, or every pack of your library (File → Library)</source>
        <translation>Ашық пакеттен немесе кітапханаңыздағы барлық пакеттерден іздеу (Файл → Кітапхана)</translation>
    </message>
    <message>
        <source>Did you mean:</source>
        <translation>Мүмкін, мынаны іздеген шығарсыз:</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Іздеу нәтижелері</translation>
    </message>
    <message>
        <source>Topics and glossary terms found; Enter opens one with the matches marked</source>
        <translation>Табылған тақырыптар мен глоссарий терминдері; Enter таңдалғанын сәйкестіктері белгіленген күйде ашады</translation>
    </message>
    <message>
        <source>Search for:</source>
        <extracomment>The hit the user moved to or opened for the listed query (kind, id), if any.</extracomment>
        <translation>Іздеу:</translation>
    </message>
    <message>
        <source>No results for %1. Showing results for %2.</source>
        <translation>%1 бойынша ештеңе табылмады. %2 бойынша нәтижелер көрсетілген.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s) for %1</source>
        <translation>
            <numerusform>%1 бойынша %Ln нәтиже</numerusform>
            <numerusform>%1 бойынша %Ln нәтиже</numerusform>
        </translation>
    </message>
    <message>
        <source>No results for %1.</source>
        <translation>%1 бойынша ештеңе табылмады.</translation>
    </message>
    <message>
        <source>Check the spelling, or try fewer or shorter words.</source>
        <translation>Емлесін тексеріңіз немесе азырақ не қысқарақ сөздермен іздеп көріңіз.</translation>
    </message>
    <message>
        <source>Searching every pack for %1…</source>
        <translation>Барлық пакеттерден %1 ізделуде…</translation>
    </message>
    <message>
        <source>Searching for %1…</source>
        <translation>%1 ізделуде…</translation>
    </message>
    <message>
        <source>Search for %1</source>
        <translation>%1 іздеу</translation>
    </message>
    <message>
        <source>Topic</source>
        <extracomment>The hit&apos;s kind, ``&quot;topic&quot;`` or ``&quot;term&quot;`` (str). The topic or term id (str). The snippet as HTML, matches in ``&lt;b&gt;`` (str). The whole row as HTML for the delegate: title, then snippet (str). The title of the pack the hit is from, in an all-packs search; &quot;&quot; otherwise (str). A hit&apos;s kind as the list reads it out (English; read as ``Search.tr(name)``).</extracomment>
        <translation>Тақырып</translation>
    </message>
    <message>
        <source>Glossary term</source>
        <translation>Глоссарий термині</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>«%1» ішінде</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Window</source>
        <extracomment>Menu path of actions added to the window but to no menu (English; shown translated).</extracomment>
        <translation>Терезе</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <extracomment>Separator between the menus of a path (&quot;View › Theme&quot;). A mnemonic written after the text, as Chinese and Japanese menus do: &quot;文件(&amp;F)&quot;.</extracomment>
        <translation>Пернетақта тіркесімдері</translation>
    </message>
    <message>
        <source>Filter by command, menu or key</source>
        <translation>Команда, мәзір немесе перне бойынша сүзу</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Тіркесімдерді сүзу</translation>
    </message>
    <message>
        <source>Type part of a command, a menu or a key to list only what matches</source>
        <translation>Тек сәйкес келетіндерін көрсету үшін команданың, мәзірдің немесе перненің бір бөлігін жазыңыз</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Пернелер</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Мәзір</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Пернетақта тіркесімдері</translation>
    </message>
    <message>
        <source>Each command of the menus with its keys and the menu it is in</source>
        <translation>Мәзірлердегі әр команда, оның пернелері және ол тұрған мәзір</translation>
    </message>
    <message>
        <source>F6 and Shift+F6 move between the panes; Tab moves within one. Alt and a menu&apos;s underlined letter open that menu.</source>
        <translation>F6 және Shift+F6 панельдер арасында ауыстырады; Tab панель ішінде жылжытады. Alt пен мәзірдің асты сызылған әрпі сол мәзірді ашады.</translation>
    </message>
</context>
<context>
    <name>Starred</name>
    <message>
        <source>Bookmarks</source>
        <translation>Бетбелгілер</translation>
    </message>
    <message>
        <source>No bookmarks yet: press Ctrl+D on a topic to star it.</source>
        <translation>Бетбелгілер әлі жоқ: тақырыпты жұлдызшамен белгілеу үшін Ctrl+D басыңыз.</translation>
    </message>
    <message>
        <source>Bookmarked topics</source>
        <translation>Бетбелгідегі тақырыптар</translation>
    </message>
    <message>
        <source>The topics you starred; Enter opens one</source>
        <translation>Жұлдызшамен белгіленген тақырыптар; Enter тақырыпты ашады</translation>
    </message>
    <message>
        <source>&amp;Bookmark This Topic</source>
        <translation>Тақырыпты бетбелгіге &amp;қосу</translation>
    </message>
    <message>
        <source>Bookmarks &amp;Panel</source>
        <translation>Бетбелгілер &amp;панелі</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Бетбелгілер</translation>
    </message>
    <message>
        <source>Bookmarked “%1”</source>
        <translation>«%1» бетбелгіге қосылды</translation>
    </message>
    <message>
        <source>Bookmark removed: “%1”</source>
        <translation>Бетбелгі өшірілді: «%1»</translation>
    </message>
    <message>
        <source>Remove &amp;Bookmark</source>
        <translation>Бетбелгіні &amp;өшіру</translation>
    </message>
    <message>
        <source>(no bookmarks)</source>
        <translation>(бетбелгілер жоқ)</translation>
    </message>
</context>
<context>
    <name>TermLinks</name>
    <message>
        <source>&amp;Link Glossary Terms</source>
        <extracomment>The settings key of the &quot;link glossary terms&quot; switch (1 on, 0 off).</extracomment>
        <translation>Глоссарий терминдерін белгі&amp;леу</translation>
    </message>
    <message>
        <source>Mark glossary terms in the text; hover one for its definition</source>
        <translation>Мәтіндегі глоссарий терминдерін белгілеу; анықтамасын көру үшін меңзерді терминге апарыңыз</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>MMMM yyyy</source>
        <comment>a month, as a QDate format writes it</comment>
        <translation>yyyy &apos;ж&apos;. MMMM</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>a day, as a QDate format writes it</comment>
        <translation>yyyy &apos;ж&apos;. d MMMM</translation>
    </message>
    <message>
        <source>%1–d MMMM yyyy</source>
        <comment>days of one month; %1 is the first day</comment>
        <translation>yyyy &apos;ж&apos;. %1–d MMMM</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a period: its first and its last date</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Timeline</source>
        <extracomment>Height of a lane and of the axis band (pixels); marker radius. Scale limits (pixels a year) and the factor of one zoom step. Space (pixels) the opaque backing of a label keeps either side of its text, and the backing&apos;s place in the drawing: over gridlines and period bars (0), under markers (2) and labels (3), so no line runs through a label. Item data key holding the index of the event an item belongs to.</extracomment>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>Events on a time axis; Ctrl+wheel or + and - zoom, click an event to open its topic</source>
        <translation>Уақыт осіндегі оқиғалар; Ctrl+дөңгелек немесе + және - масштабты өзгертеді, оқиғаны шерту оның тақырыбын ашады</translation>
    </message>
    <message>
        <source>Click to open the topic</source>
        <translation>Тақырыпты ашу үшін шертіңіз</translation>
    </message>
    <message>
        <source>This pack has no timeline.

To add one, put a file timeline.yaml in the pack folder: a list of events, each with a date (YYYY, YYYY-MM or YYYY-MM-DD), a title and the ids of the topics that tell more. Help → User Guide links to the format; run “briefing-app check” on the pack to see any mistakes.</source>
        <extracomment>Shown instead of the drawing when the pack has no timeline (English; shown translated).</extracomment>
        <translation>Бұл пакетте хронология жоқ.

Оны қосу үшін пакет бумасына timeline.yaml файлын салыңыз: онда оқиғалар тізімі болады, әр оқиғаның күні (ЖЖЖЖ, ЖЖЖЖ-АА немесе ЖЖЖЖ-АА-КК), атауы және ол туралы толығырақ айтатын тақырыптардың идентификаторлары көрсетіледі. Пішім сипаттамасына сілтеме Анықтама → Пайдаланушы нұсқаулығы бөлімінде бар; қателерді табу үшін пакетке «briefing-app check» командасын орындаңыз.</translation>
    </message>
    <message>
        <source>Show the events of</source>
        <translation>Мына тақырыптың оқиғаларын көрсету</translation>
    </message>
    <message>
        <source>Zoom out (−, Ctrl+wheel)</source>
        <translation>Кішірейту (−, Ctrl+дөңгелек)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Кішірейту</translation>
    </message>
    <message>
        <source>Zoom in (+, Ctrl+wheel)</source>
        <translation>Үлкейту (+, Ctrl+дөңгелек)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Үлкейту</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Сыйғызу</translation>
    </message>
    <message>
        <source>Fit the whole timeline to the window (0)</source>
        <translation>Бүкіл хронологияны терезеге сыйғызу (0)</translation>
    </message>
    <message>
        <source>Fit the whole timeline to the window</source>
        <translation>Бүкіл хронологияны терезеге сыйғызу</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорттау…</translation>
    </message>
    <message>
        <source>Save the timeline as an SVG or PNG image</source>
        <translation>Хронологияны SVG немесе PNG суреті ретінде сақтау</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Көрсету:</translation>
    </message>
    <message>
        <source>Timeline — %1</source>
        <translation>Хронология — %1</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Барлық тақырыптар</translation>
    </message>
    <message>
        <source>No events.</source>
        <translation>Оқиғалар жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n event(s)</source>
        <translation>
            <numerusform>%n оқиға ішінен %1</numerusform>
            <numerusform>%n оқиға ішінен %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n оқиға</numerusform>
            <numerusform>%n оқиға</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the timeline</source>
        <translation>Хронологияны экспорттау</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG суреті (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG суреті (*.png)</translation>
    </message>
    <message>
        <source>Timeline not exported</source>
        <translation>Хронология экспортталмады</translation>
    </message>
    <message>
        <source>Could not write %1; choose another folder.</source>
        <translation>%1 жазу мүмкін болмады; басқа буманы таңдаңыз.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 жазу мүмкін болмады: %2</translation>
    </message>
    <message>
        <source>%1: use a name ending in .svg or .png.</source>
        <translation>%1: .svg немесе .png деп аяқталатын атау беріңіз.</translation>
    </message>
</context>
<context>
    <name>Topics</name>
    <message>
        <source>Contents</source>
        <translation>Мазмұны</translation>
    </message>
    <message>
        <source>(You have notes on this topic.)</source>
        <extracomment>True for topics the user has notes on (see :meth:`TopicTreeModel.set_noted`). True for topics a new edition changed or added that the user has not opened since (see :meth:`TopicTreeModel.set_changed`); shown in bold.</extracomment>
        <translation>(Бұл тақырыпқа жазбаларыңыз бар.)</translation>
    </message>
    <message>
        <source>(Changed in this edition; not opened since.)</source>
        <translation>(Осы басылымда өзгерген; әлі ашылмаған.)</translation>
    </message>
    <message>
        <source>Topics</source>
        <extracomment>A pack with more topics than this opens with its groups folded (the open topic&apos;s unfolded): its top level is a table of contents, where 20,000 rows would be a list to scroll.</extracomment>
        <translation>Тақырыптар</translation>
    </message>
    <message>
        <source>The pack&apos;s topics in reading order; choose one to read it</source>
        <translation>Пакет тақырыптары оқу ретімен; оқу үшін біреуін таңдаңыз</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>Search the briefing (Ctrl+K)</source>
        <extracomment>Search is built this long after the window is shown (ms) if the reader has not painted by then: a reader squeezed to nothing by the splitter, or a minimised window, never paints.</extracomment>
        <translation>Материалдардан іздеу (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Іздеу</translation>
    </message>
    <message>
        <source>Finds topics and glossary terms as you type; Down chooses a result, Enter opens it</source>
        <translation>Теру барысында тақырыптар мен глоссарий терминдерін табады; төмен бағыттауыш нәтижені таңдайды, Enter оны ашады</translation>
    </message>
    <message>
        <source>%1 — Briefing</source>
        <translation>%1 — Briefing</translation>
    </message>
    <message>
        <source>Loading topics…</source>
        <translation>Тақырыптар жүктелуде…</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n қате</numerusform>
            <numerusform>%n қате</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n ескерту</numerusform>
            <numerusform>%n ескерту</numerusform>
        </translation>
    </message>
    <message>
        <source>No topic “%1” in this pack; showing the first topic</source>
        <translation>Бұл пакетте «%1» тақырыбы жоқ; бірінші тақырып көрсетілді</translation>
    </message>
    <message>
        <source>Open a briefing pack</source>
        <translation>Материалдар пакетін ашу</translation>
    </message>
    <message>
        <source>Cannot open pack</source>
        <translation>Пакетті ашу мүмкін емес</translation>
    </message>
    <message>
        <source>%1 has no usable topics.</source>
        <translation>%1 ішінде жарамды тақырып жоқ.</translation>
    </message>
    <message>
        <source>Loading topics… %1 of %2</source>
        <translation>Тақырыптар жүктелуде… %2 ішінен %1</translation>
    </message>
    <message>
        <source>Reloading: %1</source>
        <translation>Қайта жүктелуде: %1</translation>
    </message>
    <message>
        <source>The other topics could not be loaded; see the status bar</source>
        <translation>Қалған тақырыптарды жүктеу мүмкін болмады; күй жолағын қараңыз</translation>
    </message>
    <message numerus="yes">
        <source>%Ln topic(s)</source>
        <translation>
            <numerusform>%Ln тақырып</numerusform>
            <numerusform>%Ln тақырып</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln term(s)</source>
        <translation>
            <numerusform>%Ln термин</numerusform>
            <numerusform>%Ln термин</numerusform>
        </translation>
    </message>
    <message>
        <source>No topic “%1” in this pack</source>
        <translation>Бұл пакетте «%1» тақырыбы жоқ</translation>
    </message>
    <message>
        <source>No glossary term “%1” in this pack</source>
        <translation>Бұл пакетте «%1» термині жоқ</translation>
    </message>
    <message>
        <source>This link opens a new message in your mail program:

%1

Open it?</source>
        <translation>Бұл сілтеме пошта бағдарламасында жаңа хат ашады:

%1

Ашу керек пе?</translation>
    </message>
    <message>
        <source>This link leaves the briefing and opens in your web browser:

%1

Open it?</source>
        <translation>Бұл сілтеме материалдардан тыс жерге апарады және браузерде ашылады:

%1

Ашу керек пе?</translation>
    </message>
    <message>
        <source>Open external link?</source>
        <translation>Сыртқы сілтемені ашу керек пе?</translation>
    </message>
    <message>
        <source>External link not opened</source>
        <translation>Сыртқы сілтеме ашылмады</translation>
    </message>
    <message>
        <source>&amp;Search Results</source>
        <translation>&amp;Іздеу нәтижелері</translation>
    </message>
    <message>
        <source>Notes not saved</source>
        <translation>Жазбалар сақталмады</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) could not be saved:</source>
        <translation>
            <numerusform>%n жазбаны сақтау мүмкін болмады:</numerusform>
            <numerusform>%n жазбаны сақтау мүмкін болмады:</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit anyway and lose them? Choose No to copy them somewhere first.</source>
        <translation>Бәрібір шығып, оларды жоғалту керек пе? Алдымен бір жерге көшіріп алу үшін «Жоқ» таңдаңыз.</translation>
    </message>
</context>
</TS>
