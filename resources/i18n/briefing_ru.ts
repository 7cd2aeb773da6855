<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>About</name>
    <message>
        <source>the window and its widgets; used under the LGPL version 3</source>
        <extracomment>What ships with the app, as the installed metadata gives each licence.</extracomment>
        <translation>окно и его элементы; используется на условиях LGPL версии 3</translation>
    </message>
    <message>
        <source>PySide6&apos;s bindings runtime; used under the LGPL version 3</source>
        <translation>среда выполнения привязок PySide6; используется на условиях LGPL версии 3</translation>
    </message>
    <message>
        <source>icons from icon fonts (code)</source>
        <translation>значки из шрифтов значков (код)</translation>
    </message>
    <message>
        <source>the icons</source>
        <translation>значки</translation>
    </message>
    <message>
        <source>QtAwesome&apos;s Qt binding layer</source>
        <translation>слой привязки QtAwesome к Qt</translation>
    </message>
    <message>
        <source>renders the topics&apos; Markdown</source>
        <translation>отображает Markdown тем</translation>
    </message>
    <message>
        <source>reads the pack&apos;s YAML</source>
        <translation>читает YAML пакета</translation>
    </message>
    <message>
        <source>cleans the HTML of pages</source>
        <translation>очищает HTML страниц</translation>
    </message>
    <message>
        <source>spelling corrections in search</source>
        <translation>исправление опечаток при поиске</translation>
    </message>
    <message>
        <source>matches names across scripts</source>
        <translation>сопоставляет названия в разных алфавитах</translation>
    </message>
    <message>
        <source>finds the user&apos;s settings, data and cache folders</source>
        <translation>находит папки настроек, данных и кэша пользователя</translation>
    </message>
    <message>
        <source>checks the signatures of pack files</source>
        <translation>проверяет подписи файлов пакетов</translation>
    </message>
    <message>
        <source>the map&apos;s country outlines, coastlines and borders; made with Natural Earth</source>
        <translation>контуры стран, береговые линии и границы на карте; по данным Natural Earth</translation>
    </message>
    <message>
        <source>the outline of Lake Balkhash on the map</source>
        <translation>контур озера Балхаш на карте</translation>
    </message>
    <message>
        <source>the interpreter the installed app ships with</source>
        <translation>интерпретатор, поставляемый с установленным приложением</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Издание</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Для кого</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновлён</translation>
    </message>
    <message>
        <source>Facts as of</source>
        <translation>Сведения на</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Гриф</translation>
    </message>
    <message>
        <source>An offline briefing reader. It never touches the network.</source>
        <translation>Офлайн-программа для чтения справочных материалов. Она никогда не обращается к сети.</translation>
    </message>
    <message>
        <source>Briefing is free software under the MIT licence.</source>
        <translation>Briefing — свободная программа, распространяемая по лицензии MIT.</translation>
    </message>
    <message>
        <source>This pack</source>
        <translation>Этот пакет</translation>
    </message>
    <message>
        <source>Third-party software</source>
        <translation>Сторонние компоненты</translation>
    </message>
    <message>
        <source>Briefing is built on these projects, each under its own licence (the full texts ship with each project; the links open in your browser after you confirm):</source>
        <translation>Briefing построен на этих проектах, каждый из которых распространяется по своей лицензии (полные тексты прилагаются к каждому проекту; ссылки открываются в браузере после подтверждения):</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Компонент</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <source>About Briefing</source>
        <translation>О программе Briefing</translation>
    </message>
    <message>
        <source>The version, the pack shown and the licences of the software Briefing uses</source>
        <translation>Версия, открытый пакет и лицензии программ, которые использует Briefing</translation>
    </message>
</context>
<context>
    <name>Brief</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <extracomment>Output formats offered: label, file extension, file dialog filter (labels and filters in English, shown as ``Brief.tr(text)``).</extracomment>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>HTML (one file)</source>
        <translation>HTML (один файл)</translation>
    </message>
    <message>
        <source>HTML files (*.html *.htm)</source>
        <translation>Файлы HTML (*.html *.htm)</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Файлы Markdown (*.md)</translation>
    </message>
    <message>
        <source>Full brief: cover, contents, a topic per page</source>
        <extracomment>Layouts offered: label (English, shown as ``Brief.tr(label)``), ``BriefOptions.layout``.</extracomment>
        <translation>Полная справочная записка: обложка, содержание, каждая тема с новой страницы</translation>
    </message>
    <message>
        <source>Speaking notes: talking points and key facts, topic after topic</source>
        <translation>Тезисы к выступлению: основные тезисы и ключевые факты, тема за темой</translation>
    </message>
    <message>
        <source>Build Brief</source>
        <extracomment>Settings group of the remembered brief.</extracomment>
        <translation>Составление справочной записки</translation>
    </message>
    <message>
        <source>Topics to include</source>
        <translation>Темы для включения</translation>
    </message>
    <message>
        <source>Topics in print order</source>
        <translation>Темы в порядке печати</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>В&amp;верх</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Вн&amp;из</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>В&amp;се</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Ни одной</translation>
    </message>
    <message>
        <source>&amp;Current Topic Only</source>
        <translation>Только &amp;текущая тема</translation>
    </message>
    <message>
        <source>&amp;Full text</source>
        <translation>&amp;Полный текст</translation>
    </message>
    <message>
        <source>&amp;Key facts and talking points only</source>
        <translation>Только &amp;ключевые факты и тезисы</translation>
    </message>
    <message>
        <source>Include &amp;my notes</source>
        <translation>Включить &amp;мои заметки</translation>
    </message>
    <message>
        <source>&amp;Glossary of the terms the topics use</source>
        <translation>Г&amp;лоссарий терминов, встречающихся в темах</translation>
    </message>
    <message>
        <source>T&amp;imeline</source>
        <translation>&amp;Хронология</translation>
    </message>
    <message>
        <source>The pack&apos;s timeline as an image after the contents</source>
        <translation>Хронология пакета в виде изображения после содержания</translation>
    </message>
    <message>
        <source>e.g. UNCLASSIFIED — FOR BRIEFING USE</source>
        <translation>например: НЕСЕКРЕТНО — ДЛЯ СЛУЖЕБНОГО ПОЛЬЗОВАНИЯ</translation>
    </message>
    <message>
        <source>Your name and post</source>
        <translation>Ваше имя и должность</translation>
    </message>
    <message>
        <source>&amp;Print Preview…</source>
        <translation>П&amp;редварительный просмотр…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <source>Include:</source>
        <translation>Включить:</translation>
    </message>
    <message>
        <source>In this order:</source>
        <translation>В таком порядке:</translation>
    </message>
    <message>
        <source>A group&apos;s box takes its whole branch; clear topics below it to leave them out.</source>
        <translation>Флажок группы отмечает всю ветвь; снимите флажки с тем под ней, чтобы их исключить.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>М&amp;акет:</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>Содержимое:</translation>
    </message>
    <message>
        <source>Add:</source>
        <translation>Добавить:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <source>&amp;Marking:</source>
        <translation>&amp;Гриф:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>Авт&amp;ор:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <extracomment>Settings key of the paper size chosen in Preferences (&quot;A4&quot; or &quot;Letter&quot;).</extracomment>
        <translation>Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <source>Afghanistan</source>
        <extracomment>The base map&apos;s countries by their English names (as its data spell them), written on the map as ``Countries.tr(name)``: short names, as a map writes them, in every language.</extracomment>
        <translation>Афганистан</translation>
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
        <translation>Азербайджан</translation>
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
        <translation>Босния и Герц.</translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <translation>Болгария</translation>
    </message>
    <message>
        <source>China</source>
        <translation>Китай</translation>
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
        <translation>Египет</translation>
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
        <translation>Греция</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Венгрия</translation>
    </message>
    <message>
        <source>India</source>
        <translation>Индия</translation>
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
        <translation>Казахстан</translation>
    </message>
    <message>
        <source>Kuwait</source>
        <translation>Кувейт</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation>Кыргызстан</translation>
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
        <translation>Монголия</translation>
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
        <translation>Нидерланды</translation>
    </message>
    <message>
        <source>North Korea</source>
        <translation>КНДР</translation>
    </message>
    <message>
        <source>North Macedonia</source>
        <translation>Северная Македония</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Норвегия</translation>
    </message>
    <message>
        <source>Pakistan</source>
        <translation>Пакистан</translation>
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
        <translation>Россия</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation>Саудовская Аравия</translation>
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
        <translation>Республика Корея</translation>
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
        <translation>Таджикистан</translation>
    </message>
    <message>
        <source>Turkey</source>
        <translation>Турция</translation>
    </message>
    <message>
        <source>Turkmenistan</source>
        <translation>Туркменистан</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Украина</translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation>ОАЭ</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Великобритания</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation>Узбекистан</translation>
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
        <translation>Подробности сохранены в файл:
%1</translation>
    </message>
    <message>
        <source>The details could not be saved.</source>
        <translation>Подробности сохранить не удалось.</translation>
    </message>
    <message>
        <source>Something went wrong: %1

Your notes and the open pack are kept; you can go on working, or restart the app if something looks wrong.</source>
        <translation>Произошла ошибка: %1

Ваши заметки и открытый пакет сохранены; можно продолжать работу или перезапустить программу, если что-то выглядит не так.</translation>
    </message>
    <message>
        <source>Briefing hit a problem</source>
        <translation>В Briefing произошла ошибка</translation>
    </message>
</context>
<context>
    <name>Exporting</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>%1: unknown file type; use .pdf, .html or .md</source>
        <translation>%1: неизвестный тип файла; используйте .pdf, .html или .md</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Запись %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Build Brief</source>
        <translation>Составление справочной записки</translation>
    </message>
    <message>
        <source>Laying out and printing %1…</source>
        <translation>Вёрстка и печать %1…</translation>
    </message>
</context>
<context>
    <name>Find</name>
    <message>
        <source>Find in page</source>
        <extracomment>Pages longer than this (characters) are searched after a pause in typing, not on every key. The pause, in milliseconds.</extracomment>
        <translation>Найти на странице</translation>
    </message>
    <message>
        <source>Marks the text in the page; Enter and Shift+Enter go to the next and previous match</source>
        <translation>Выделяет текст на странице; Enter и Shift+Enter переходят к следующему и предыдущему совпадению</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Совпадения</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Предыдущее совпадение</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Предыдущее совпадение (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Следующее совпадение</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Следующее совпадение (F3)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Закрыть панель поиска</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Нет совпадений</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
</context>
<context>
    <name>Glance</name>
    <message>
        <source>Key facts</source>
        <translation>Ключевые факты</translation>
    </message>
    <message>
        <source>Latest events</source>
        <translation>Последние события</translation>
    </message>
    <message>
        <source>Headline figures</source>
        <translation>Главные цифры</translation>
    </message>
    <message>
        <source>Trade, investment, debt and transit figures with their year and source:</source>
        <translation>Цифры торговли, инвестиций, долга и транзита с годом и источником:</translation>
    </message>
    <message>
        <source>Where to start</source>
        <translation>С чего начать</translation>
    </message>
    <message>
        <source>No timeline in this pack. Add timeline.yaml to the pack folder (see the format guide) and its latest events show here.</source>
        <translation>В этом пакете нет хронологии. Добавьте в папку пакета файл timeline.yaml (см. руководство по формату), и здесь появятся последние события.</translation>
    </message>
    <message numerus="yes">
        <source>All %n events: Go › Timeline (Ctrl+T)</source>
        <translation>
            <numerusform>%n событие в хронологии: Переход › Хронология (Ctrl+T)</numerusform>
            <numerusform>%n события в хронологии: Переход › Хронология (Ctrl+T)</numerusform>
            <numerusform>%n событий в хронологии: Переход › Хронология (Ctrl+T)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more top-level topic(s) in Contents</source>
        <translation>
            <numerusform>… и ещё %n тема верхнего уровня в «Содержании»</numerusform>
            <numerusform>… и ещё %n темы верхнего уровня в «Содержании»</numerusform>
            <numerusform>… и ещё %n тем верхнего уровня в «Содержании»</numerusform>
        </translation>
    </message>
    <message>
        <source>Edition %1</source>
        <translation>Выпуск %1</translation>
    </message>
    <message>
        <source>facts as of %1</source>
        <translation>сведения на %1</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>Для кого: %1</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source>Choose a term to read about it.</source>
        <extracomment>The term card&apos;s text while no term is chosen (English; shown as ``Glossary.tr(...)``).</extracomment>
        <translation>Выберите термин, чтобы прочитать о нём.</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Глоссарий</translation>
    </message>
    <message>
        <source>Reading the glossary…</source>
        <translation>Загрузка глоссария…</translation>
    </message>
    <message>
        <source>Filter terms (any language)</source>
        <translation>Фильтр терминов (на любом языке)</translation>
    </message>
    <message>
        <source>Filter glossary terms</source>
        <translation>Фильтр терминов глоссария</translation>
    </message>
    <message>
        <source>Type a name in any language to list the terms that have it</source>
        <translation>Введите название на любом языке, чтобы увидеть термины с этим названием</translation>
    </message>
    <message>
        <source>Glossary terms</source>
        <translation>Термины глоссария</translation>
    </message>
    <message>
        <source>The terms under their letters; choose one to read its card</source>
        <translation>Термины по буквам; выберите термин, чтобы открыть его карточку</translation>
    </message>
    <message>
        <source>Term definition</source>
        <translation>Определение термина</translation>
    </message>
    <message>
        <source>The chosen term: its names by language, definition, the topics that use it, see also</source>
        <translation>Выбранный термин: названия на разных языках, определение, темы, где он встречается, см. также</translation>
    </message>
    <message>
        <source>This pack has no glossary.</source>
        <translation>В этом пакете нет глоссария.</translation>
    </message>
    <message>
        <source>No term matches “%1”.</source>
        <translation>Нет терминов, соответствующих «%1».</translation>
    </message>
    <message>
        <source>No term is named “%1”; showing the closest names</source>
        <translation>Нет термина с названием «%1»; показаны ближайшие</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>User guide</source>
        <extracomment>The guide&apos;s pages (file names without ``.md`` in ``resources/guide/``), the first the start. The start page&apos;s title when it has none (the English guide&apos;s).</extracomment>
        <translation>Руководство пользователя</translation>
    </message>
    <message>
        <source>How to read, search and prepare with Briefing</source>
        <translation>Как читать, искать и готовиться с помощью Briefing</translation>
    </message>
    <message>
        <source>Briefing User Guide</source>
        <translation>Руководство пользователя Briefing</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <source>Letter %1</source>
        <extracomment>How alike (per cent) a mistyped filter and a term&apos;s name must be for the term to show. Each term&apos;s names (headword, aliases, translations), folded, by letter row and row.</extracomment>
        <translation>Буква %1</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>Library</source>
        <extracomment>The file dialog&apos;s filters for Add → Pack File….</extracomment>
        <translation>Библиотека</translation>
    </message>
    <message>
        <source>Packs you have opened or added, recently opened first. Double-click one to open it.</source>
        <translation>Пакеты, которые вы открывали или добавляли; недавно открытые — вверху. Дважды щёлкните пакет, чтобы открыть его.</translation>
    </message>
    <message>
        <source>Packs in the library</source>
        <translation>Пакеты в библиотеке</translation>
    </message>
    <message>
        <source>Recently opened first; Enter opens the pack selected, Delete removes it</source>
        <translation>Недавно открытые — вверху; Enter открывает выбранный пакет, Delete убирает его из библиотеки</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>Pack &amp;Folder…</source>
        <translation>&amp;Папку пакета…</translation>
    </message>
    <message>
        <source>Pack F&amp;ile (.briefing)…</source>
        <translation>&amp;Файл пакета (.briefing)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Убрать из библиотеки</translation>
    </message>
    <message>
        <source>Reveal in &amp;Folder</source>
        <translation>Показать в &amp;папке</translation>
    </message>
    <message>
        <source>The pack that ships with Briefing stays in the library</source>
        <translation>Пакет, который поставляется с Briefing, всегда остаётся в библиотеке</translation>
    </message>
    <message>
        <source>Cannot remove the pack</source>
        <translation>Не удаётся убрать пакет</translation>
    </message>
    <message>
        <source>Add a pack folder to the library</source>
        <translation>Добавить папку пакета в библиотеку</translation>
    </message>
    <message>
        <source>Add a pack file to the library</source>
        <translation>Добавить файл пакета в библиотеку</translation>
    </message>
    <message>
        <source>Adding %1…</source>
        <translation>Добавление: %1…</translation>
    </message>
    <message>
        <source>Added “%1”.</source>
        <translation>Пакет «%1» добавлен.</translation>
    </message>
    <message>
        <source>Cannot add the pack</source>
        <translation>Не удаётся добавить пакет</translation>
    </message>
    <message>
        <source>Title</source>
        <extracomment>The row&apos;s :class:`Entry`. Column headers (English; shown as ``Library.tr(text)``).</extracomment>
        <translation>Название</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Выпуск</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Для кого</translation>
    </message>
    <message>
        <source>Facts as of</source>
        <translation>Сведения на</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>Briefing pack folder</source>
        <extracomment>What each kind of pack is called (English; shown as ``Library.tr(text)``).</extracomment>
        <translation>Папка пакета Briefing</translation>
    </message>
    <message>
        <source>Briefing pack file</source>
        <translation>Файл пакета Briefing</translation>
    </message>
    <message>
        <source>MkDocs project</source>
        <translation>Проект MkDocs</translation>
    </message>
    <message>
        <source>Obsidian vault</source>
        <translation>Хранилище Obsidian</translation>
    </message>
    <message>
        <source>Markdown folder</source>
        <translation>Папка Markdown</translation>
    </message>
    <message>
        <source>Signed by %1</source>
        <extracomment>Signature states in words (English; shown as ``Library.tr(text)``).</extracomment>
        <translation>Подписан: %1</translation>
    </message>
    <message>
        <source>Signed by an unknown key</source>
        <translation>Подписан неизвестным ключом</translation>
    </message>
    <message>
        <source>Bad signature</source>
        <translation>Подпись недействительна</translation>
    </message>
    <message>
        <source>Unsigned</source>
        <translation>Без подписи</translation>
    </message>
    <message>
        <source>ALTERED: %1 · %2</source>
        <extracomment>A pack file whose files did not all match its manifest, in words (English; shown as ``Library.tr(text)``; %1 the files, %2 the signature&apos;s words).</extracomment>
        <translation>ИЗМЕНЁН: %1 · %2</translation>
    </message>
    <message>
        <source>Refused: the pack file could not be opened</source>
        <translation>Отклонён: файл пакета не удалось открыть</translation>
    </message>
    <message>
        <source>Bundled with Briefing</source>
        <translation>Поставляется с Briefing</translation>
    </message>
</context>
<context>
    <name>Loader</name>
    <message>
        <source>Could not finish loading the pack (%1)</source>
        <extracomment>A pack with more topic files than this, not in the cache, opens with a preview first. Seconds a preview waits for its topics&apos; titles once the rest is read (a cold disk may take seconds for 20,000 files; the tree shows ids for the titles not read yet). Progress is reported in steps of this many percent (each report repaints the status bar).</extracomment>
        <translation>Не удалось до конца загрузить пакет (%1)</translation>
    </message>
</context>
<context>
    <name>Map</name>
    <message>
        <source>This pack has no places.yaml, so there is nothing to show on the map.

To add places, put a places.yaml beside the pack&apos;s briefing.yaml listing each place (id, name, lat, lon, kind and the topics about it) and the routes between them; the pack format guide describes the file.</source>
        <extracomment>Zoom limits in pixels per kilometre; the base map is simplified to 2.5 km. Labels are placed most important first: capitals, then crossings and ports, cities last. The largest country label rank shown at a zoom (pixels per km): more countries closer in. Shown instead of the map when the pack has no places (English; shown translated).</extracomment>
        <translation>В этом пакете нет файла places.yaml, поэтому на карте нечего показать.

Чтобы добавить места, положите places.yaml рядом с файлом briefing.yaml пакета и перечислите в нём все места (id, name, lat, lon, kind и темы о них) и маршруты между ними; формат файла описан в руководстве по формату пакета.</translation>
    </message>
    <message>
        <source>%1° N</source>
        <translation>%1° с. ш.</translation>
    </message>
    <message>
        <source>%1° S</source>
        <translation>%1° ю. ш.</translation>
    </message>
    <message>
        <source>%1° E</source>
        <translation>%1° в. д.</translation>
    </message>
    <message>
        <source>%1° W</source>
        <translation>%1° з. д.</translation>
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
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <source>Show &amp;All Places</source>
        <translation>Показать &amp;все места</translation>
    </message>
    <message>
        <source>Export as &amp;SVG…</source>
        <translation>Экспорт в &amp;SVG…</translation>
    </message>
    <message>
        <source>Export as &amp;PNG…</source>
        <translation>Экспорт в &amp;PNG…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Export Map</source>
        <translation>Экспорт карты</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>Изображение SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Изображение PNG (*.png)</translation>
    </message>
    <message>
        <source>The map could not be saved: %1</source>
        <translation>Не удалось сохранить карту: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>Caspian Sea</source>
        <extracomment>Colours by scheme: the base map, then route kinds, then place kinds. Names of the seas in view (English; written as ``Map.tr(name)``), with where to write them (latitude, longitude).</extracomment>
        <translation>Каспийское море</translation>
    </message>
    <message>
        <source>Black Sea</source>
        <translation>Чёрное море</translation>
    </message>
    <message>
        <source>Yellow Sea</source>
        <translation>Жёлтое море</translation>
    </message>
    <message>
        <source>Persian Gulf</source>
        <translation>Персидский залив</translation>
    </message>
    <message>
        <source>Baltic Sea</source>
        <translation>Балтийское море</translation>
    </message>
    <message>
        <source>Mediterranean Sea</source>
        <translation>Средиземное море</translation>
    </message>
    <message>
        <source>Click to read about it</source>
        <translation>Щёлкните, чтобы прочитать об этом</translation>
    </message>
    <message>
        <source>No topic in this pack is about it yet</source>
        <translation>В этом пакете пока нет темы об этом</translation>
    </message>
    <message>
        <source>Capital</source>
        <extracomment>How the legend names each kind (English; :func:`kind_name` gives it translated).</extracomment>
        <translation>Столица</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Border crossing</source>
        <translation>Пограничный переход</translation>
    </message>
    <message>
        <source>Dry port</source>
        <translation>Сухой порт</translation>
    </message>
    <message>
        <source>Seaport</source>
        <translation>Морской порт</translation>
    </message>
    <message>
        <source>Special economic zone</source>
        <translation>Особая экономическая зона</translation>
    </message>
    <message>
        <source>Railway</source>
        <translation>Железная дорога</translation>
    </message>
    <message>
        <source>Road</source>
        <translation>Автодорога</translation>
    </message>
    <message>
        <source>Sea route</source>
        <translation>Морской путь</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Трубопровод</translation>
    </message>
    <message>
        <source>Base map: Natural Earth</source>
        <extracomment>Credit for the base map, shown on the map and in every export (Natural Earth asks for none but welcomes it: naturalearthdata.com/about/terms-of-use). English; :func:`credit` gives it translated.</extracomment>
        <translation>Картооснова: Natural Earth</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 км</translation>
    </message>
    <message>
        <source>%1. %2 (public domain).</source>
        <translation>%1. %2 (общественное достояние).</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;Open Pack…</source>
        <translation>&amp;Открыть пакет…</translation>
    </message>
    <message>
        <source>&amp;Show Problems</source>
        <translation>Показать &amp;проблемы</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Исходный масштаб</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Поиск…</translation>
    </message>
    <message>
        <source>&amp;Next Topic</source>
        <translation>Следу&amp;ющая тема</translation>
    </message>
    <message>
        <source>&amp;Previous Topic</source>
        <translation>П&amp;редыдущая тема</translation>
    </message>
    <message>
        <source>&amp;Find in Page…</source>
        <translation>Найти на &amp;странице…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Найти с&amp;ледующее</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Найти пре&amp;дыдущее</translation>
    </message>
    <message>
        <source>Go to &amp;Topic Tree</source>
        <translation>К дереву &amp;тем</translation>
    </message>
    <message>
        <source>Go to Rea&amp;der</source>
        <translation>К &amp;области чтения</translation>
    </message>
    <message>
        <source>&amp;About Briefing</source>
        <translation>&amp;О программе Briefing</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Клавиатурные сокращения</translation>
    </message>
    <message>
        <source>Next Pa&amp;ne</source>
        <translation>Следующая п&amp;анель</translation>
    </message>
    <message>
        <source>Previous Pan&amp;e</source>
        <translation>Предыдущая пан&amp;ель</translation>
    </message>
    <message>
        <source>&amp;Glossary Page</source>
        <translation>Страница &amp;глоссария</translation>
    </message>
    <message>
        <source>&amp;At a Glance</source>
        <translation>О&amp;бзор</translation>
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
        <translation>&amp;Содержание</translation>
    </message>
    <message>
        <source>Pro&amp;blems</source>
        <translation>Пр&amp;облемы</translation>
    </message>
    <message>
        <source>&amp;Full-Screen Reading</source>
        <translation>Полноэкранное &amp;чтение</translation>
    </message>
    <message>
        <source>Leave Full Screen</source>
        <translation>Выйти из полноэкранного режима</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Переход</translation>
    </message>
    <message>
        <source>M&amp;ap</source>
        <translation>&amp;Карта</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основная</translation>
    </message>
    <message>
        <source>Loading the pack</source>
        <translation>Загрузка пакета</translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <extracomment>The View → Theme entries: theme name and menu text (English; shown as ``Menus.tr(text)``).</extracomment>
        <translation>Как в с&amp;истеме</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Светлая</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Тёмная</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>&amp;Высокая контрастность</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <source>&amp;Library…</source>
        <translation>&amp;Библиотека…</translation>
    </message>
</context>
<context>
    <name>Nav</name>
    <message>
        <source>Where this topic sits</source>
        <extracomment>Entries listed in a Back or Forward button&apos;s menu. Titles in the breadcrumb are cut to this many characters.</extracomment>
        <translation>Положение темы в дереве</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Вперёд</translation>
    </message>
    <message>
        <source>&amp;Recent Topics</source>
        <translation>Недавние те&amp;мы</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>(no topics opened yet)</source>
        <translation>(темы ещё не открывались)</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <source>Notes</source>
        <extracomment>Quiet time after the last keystroke before a save (ms). Longest time typed text stays unsaved while the typing goes on (s). A note is read in a narrow dock: heading sizes (pt) a step smaller than in the reader.</extracomment>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Просмотр</translation>
    </message>
    <message>
        <source>Show the note rendered, or as Markdown to edit</source>
        <translation>Показать заметку в оформленном виде или как Markdown для правки</translation>
    </message>
    <message>
        <source>Note status</source>
        <translation>Состояние заметки</translation>
    </message>
    <message>
        <source>Note (Markdown)</source>
        <translation>Заметка (Markdown)</translation>
    </message>
    <message>
        <source>Your note on this topic, in Markdown, saved as you type</source>
        <translation>Ваша заметка к этой теме в формате Markdown, сохраняется по мере ввода</translation>
    </message>
    <message>
        <source>Your private notes on this topic, in Markdown. Saved as you type.</source>
        <translation>Ваши личные заметки к этой теме в формате Markdown. Сохраняются по мере ввода.</translation>
    </message>
    <message>
        <source>Note (rendered)</source>
        <translation>Заметка (оформленная)</translation>
    </message>
    <message>
        <source>Your note as it reads, its links working</source>
        <translation>Ваша заметка в готовом виде, со ссылками</translation>
    </message>
    <message>
        <source>Notes — %1</source>
        <translation>Заметки — %1</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Правка…</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Не сохранено.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <source>No notes on this topic yet.</source>
        <translation>К этой теме пока нет заметок.</translation>
    </message>
</context>
<context>
    <name>PackFiles</name>
    <message>
        <source>%1, against %2 that you read before: %3.</source>
        <translation>%1; ранее вы читали %2. Изменения: %3.</translation>
    </message>
    <message>
        <source>Removed words are struck out, added words underlined. Topics you have not opened since are marked in the tree.</source>
        <translation>Удалённые слова зачёркнуты, добавленные — подчёркнуты. Темы, которые вы с тех пор не открывали, отмечены в дереве.</translation>
    </message>
    <message>
        <source>What changed in %1</source>
        <translation>Что изменилось в пакете «%1»</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source> (not opened yet)</source>
        <translation> (ещё не открывалась)</translation>
    </message>
    <message>
        <source>What Changed</source>
        <translation>Что изменилось</translation>
    </message>
    <message>
        <source>What changed in this edition</source>
        <translation>Что изменилось в этом выпуске</translation>
    </message>
    <message>
        <source>Briefing pack files (*.briefing)</source>
        <translation>Файлы пакетов Briefing (*.briefing)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>signed by %1 (trusted by you)</source>
        <translation>подписан: %1 (ключ, которому доверяете вы)</translation>
    </message>
    <message>
        <source>signed by %1 (trusted)</source>
        <translation>подписан: %1 (доверенный ключ)</translation>
    </message>
    <message>
        <source>signed by an unknown key (it says “%1”; fingerprint %2)</source>
        <translation>подписан неизвестным ключом (в подписи указано «%1»; отпечаток %2)</translation>
    </message>
    <message>
        <source>signed by an unknown key (fingerprint %1)</source>
        <translation>подписан неизвестным ключом (отпечаток %1)</translation>
    </message>
    <message>
        <source>signature does not verify: %1</source>
        <translation>подпись не прошла проверку: %1</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>без подписи</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>отклонён: %1</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>проверен</translation>
    </message>
    <message numerus="yes">
        <source>%n altered: %1</source>
        <translation>
            <numerusform>изменён %n файл: %1</numerusform>
            <numerusform>изменены %n файла: %1</numerusform>
            <numerusform>изменено %n файлов: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing: %1</source>
        <translation>
            <numerusform>отсутствует %n файл: %1</numerusform>
            <numerusform>отсутствуют %n файла: %1</numerusform>
            <numerusform>отсутствуют %n файлов: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n extra: %1</source>
        <translation>
            <numerusform>%n лишний файл: %1</numerusform>
            <numerusform>%n лишних файла: %1</numerusform>
            <numerusform>%n лишних файлов: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>NOT verified — %1</source>
        <translation>НЕ проверен — %1</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s) changed</source>
        <extracomment>Links to topics in the page: ``topic:&lt;id&gt;``.</extracomment>
        <translation>
            <numerusform>изменена %n тема</numerusform>
            <numerusform>изменены %n темы</numerusform>
            <numerusform>изменено %n тем</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s) added</source>
        <translation>
            <numerusform>добавлена %n тема</numerusform>
            <numerusform>добавлены %n темы</numerusform>
            <numerusform>добавлено %n тем</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>добавлена %n</numerusform>
            <numerusform>добавлены %n</numerusform>
            <numerusform>добавлено %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s) removed</source>
        <translation>
            <numerusform>удалена %n тема</numerusform>
            <numerusform>удалены %n темы</numerusform>
            <numerusform>удалено %n тем</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>удалена %n</numerusform>
            <numerusform>удалены %n</numerusform>
            <numerusform>удалено %n</numerusform>
        </translation>
    </message>
    <message>
        <source>no changes</source>
        <translation>изменений нет</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>edition %1 of %2</source>
        <translation>выпуск %1 от %2</translation>
    </message>
    <message>
        <source>edition %1</source>
        <translation>выпуск %1</translation>
    </message>
    <message>
        <source>edition of %1</source>
        <translation>выпуск от %1</translation>
    </message>
    <message>
        <source>the undated edition</source>
        <translation>выпуск без даты</translation>
    </message>
    <message>
        <source>Open Pack &amp;File…</source>
        <extracomment>The noting thread sleeps this long after every topic (s). Python threads share one interpreter lock: beside the search indexer, a second busy thread raised the longest stall while typing on a 5,000-topic pack from about 20 ms to 40–58 ms (tests/ui/search/test_latency.py, three runs each); with this pause it was 18–32 ms. Such a pack&apos;s new edition is then noted in about half a minute, unseen; the bundled pack&apos;s in 0.1 s. The widest a status label asks to be, in average characters: a signer&apos;s long name or an unknown key&apos;s fingerprint must leave the status bar&apos;s messages room. (pack, record): the edition of ``pack`` is noted (emitted from the noting thread). (entry): the library now lists the open pack as opened, an :class:`~briefing_app.core.library.shelf.Entry` (emitted from the noting thread). Whether the packs the window opens are recorded in the library and their editions noted (not for a picture).</extracomment>
        <translation>Открыть &amp;файл пакета…</translation>
    </message>
    <message>
        <source>&amp;What Changed…</source>
        <translation>Что &amp;изменилось…</translation>
    </message>
    <message>
        <source>Pack file</source>
        <translation>Файл пакета</translation>
    </message>
    <message>
        <source>What changed?</source>
        <translation>Что изменилось?</translation>
    </message>
    <message>
        <source>Open a briefing pack file</source>
        <translation>Открыть файл пакета материалов</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Проверен</translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation>НЕ проверен</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Warning: this pack file is %1</source>
        <translation>Внимание: файл пакета %1</translation>
    </message>
    <message>
        <source>%1: %2 since %3</source>
        <translation>%1: %2 с тех пор, как вы читали %3</translation>
    </message>
    <message>
        <source>A new edition: %1 since %2. File → What Changed… shows how</source>
        <translation>Новый выпуск: %1 с тех пор, как вы читали %2. Подробности — в меню Файл → Что изменилось…</translation>
    </message>
    <message>
        <source>No changes recorded for this edition</source>
        <translation>Для этого выпуска изменения не записаны</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Preferences</source>
        <extracomment>Settings keys of the brief defaults (the Build Brief dialog starts from them).</extracomment>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>The interface language changes the next time Briefing starts.</source>
        <translation>Язык интерфейса сменится при следующем запуске Briefing.</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> пт</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> зн.</translation>
    </message>
    <message>
        <source>Mark glossary terms in the text</source>
        <translation>Отмечать термины глоссария в тексте</translation>
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
        <translation>Гриф из пакета</translation>
    </message>
    <message>
        <source>Left off the cover when empty</source>
        <translation>Если пусто, на обложке не указывается</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Чтение</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>Reading &amp;font:</source>
        <translation>&amp;Шрифт:</translation>
    </message>
    <message>
        <source>Font &amp;size:</source>
        <translation>&amp;Размер шрифта:</translation>
    </message>
    <message>
        <source>Line &amp;length at most:</source>
        <translation>Длина &amp;строки не более:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>Язык &amp;интерфейса:</translation>
    </message>
    <message>
        <source>New briefs</source>
        <translation>Новые справочные записки</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>&amp;Формат бумаги:</translation>
    </message>
    <message>
        <source>&amp;Marking:</source>
        <translation>&amp;Гриф:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Автор:</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>С&amp;бросить</translation>
    </message>
    <message>
        <source>Put back the default settings (your notes are not touched)</source>
        <translation>Вернуть настройки по умолчанию (заметки не затрагиваются)</translation>
    </message>
</context>
<context>
    <name>Prep</name>
    <message>
        <source>Build &amp;Brief…</source>
        <translation>Составить справочную &amp;записку…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Пе&amp;чать…</translation>
    </message>
    <message>
        <source>Export &amp;Notes…</source>
        <translation>&amp;Экспорт заметок…</translation>
    </message>
    <message>
        <source>Back &amp;Up Notes…</source>
        <translation>&amp;Резервная копия заметок…</translation>
    </message>
    <message>
        <source>&amp;Add Selection to Notes</source>
        <translation>&amp;Добавить выделенное в заметки</translation>
    </message>
    <message>
        <source>Glossary</source>
        <extracomment>True while the user keeps the notes panel open (View → Notes) on topics without a note; otherwise it shows only on topics that have one.</extracomment>
        <translation>Глоссарий</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Select a passage of a topic to add it to your notes</source>
        <translation>Выделите фрагмент темы, чтобы добавить его в заметки</translation>
    </message>
    <message>
        <source>Added to your notes</source>
        <translation>Добавлено в заметки</translation>
    </message>
    <message>
        <source>Select a passage first, then add it to your notes</source>
        <translation>Сначала выделите фрагмент, затем добавьте его в заметки</translation>
    </message>
    <message>
        <source>Export notes</source>
        <translation>Экспорт заметок</translation>
    </message>
    <message>
        <source>Notes not exported</source>
        <translation>Заметки не экспортированы</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation>Не удалось записать %1: %2. Выберите другую папку.</translation>
    </message>
    <message>
        <source>Notes exported to %1</source>
        <translation>Заметки экспортированы в %1</translation>
    </message>
    <message>
        <source>Back up notes and bookmarks</source>
        <translation>Резервная копия заметок и закладок</translation>
    </message>
    <message>
        <source>Briefing notes backup (*.sqlite3);;All files (*)</source>
        <translation>Резервная копия заметок Briefing (*.sqlite3);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Notes not backed up</source>
        <translation>Резервная копия заметок не создана</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) not saved yet are not in it</source>
        <translation>
            <numerusform>в неё не вошла %n ещё не сохранённая заметка</numerusform>
            <numerusform>в неё не вошли %n ещё не сохранённые заметки</numerusform>
            <numerusform>в неё не вошли %n ещё не сохранённых заметок</numerusform>
        </translation>
    </message>
    <message>
        <source>Export brief</source>
        <translation>Экспорт справочной записки</translation>
    </message>
    <message>
        <source>Brief saved to %1</source>
        <translation>Справочная записка сохранена в %1</translation>
    </message>
    <message>
        <source>Brief export cancelled</source>
        <translation>Экспорт справочной записки отменён</translation>
    </message>
    <message>
        <source>Brief not saved</source>
        <translation>Справочная записка не сохранена</translation>
    </message>
    <message>
        <source>Cannot print the brief</source>
        <translation>Не удалось напечатать справочную записку</translation>
    </message>
    <message>
        <source>Open a topic to print it</source>
        <translation>Откройте тему, чтобы её напечатать</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Print — %1</source>
        <extracomment>Paints the pages of one document on a printer.</extracomment>
        <translation>Печать — %1</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <source>Pack problems</source>
        <translation>Проблемы пакета</translation>
    </message>
    <message>
        <source>What is wrong in the pack&apos;s files, one line each; Enter opens the topic</source>
        <translation>Ошибки в файлах пакета, по одной в строке; Enter открывает тему</translation>
    </message>
</context>
<context>
    <name>Reading</name>
    <message>
        <source>Reader</source>
        <extracomment>Topics whose body is longer than this (characters) are shown progressively. Markdown rendered per step when a topic is shown progressively (bytes). Space around the page&apos;s text (device-independent pixels). The At a Glance page&apos;s measure, as a multiple of the reader&apos;s: its two columns side by side, the wider (57 %) holding about a topic page&apos;s line length, centred like a topic page. Images wider than this are scaled down to it (device-independent pixels). Key of the QImage text that :func:`placeholder_image` sets to the words it shows.</extracomment>
        <translation>Область чтения</translation>
    </message>
    <message>
        <source>The page shown: a topic, a glossary term or the whole glossary; links open topics and terms</source>
        <translation>Открытая страница: тема, термин глоссария или весь глоссарий; ссылки открывают темы и термины</translation>
    </message>
    <message>
        <source>Topic: %1, section %2</source>
        <extracomment>Actions listed under the standard entries of the context menu.</extracomment>
        <translation>Тема: %1, раздел %2</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>Тема: %1</translation>
    </message>
    <message>
        <source>Glossary: %1</source>
        <translation>Глоссарий: %1</translation>
    </message>
    <message>
        <source>Section: %1</source>
        <translation>Раздел: %1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>Эл. почта: %1</translation>
    </message>
    <message>
        <source>Web page: %1</source>
        <translation>Веб-страница: %1</translation>
    </message>
    <message>
        <source>File in the pack: %1</source>
        <translation>Файл пакета: %1</translation>
    </message>
    <message>
        <source>Link refused: %1</source>
        <translation>Ссылка отклонена: %1</translation>
    </message>
    <message>
        <source>Link refused: %1 is not a page of this pack</source>
        <translation>Ссылка отклонена: %1 не является страницей этого пакета</translation>
    </message>
    <message>
        <source>Image refused: %1</source>
        <translation>Изображение отклонено: %1</translation>
    </message>
    <message>
        <source>Image not found: %1</source>
        <translation>Изображение не найдено: %1</translation>
    </message>
    <message>
        <source>Image could not be read: %1</source>
        <translation>Не удалось прочитать изображение: %1</translation>
    </message>
</context>
<context>
    <name>Rehearsal</name>
    <message>
        <source>No talking points to rehearse in the topics chosen.

Add talking_points (and key_facts) to a topic&apos;s front matter, or press T to choose other topics.</source>
        <extracomment>Minutes allowed for a point when the timer is on, by default, and the most. Type sizes (points) of the talking point and of the key facts. The countdown&apos;s resolution (ms). Shown instead of a card when the topics chosen have no talking points (English; shown translated).</extracomment>
        <translation>В выбранных темах нет тезисов для репетиции.

Добавьте talking_points (и key_facts) в заголовочный блок (front matter) темы или нажмите T, чтобы выбрать другие темы.</translation>
    </message>
    <message>
        <source>Rehearse — Briefing</source>
        <translation>Репетиция — Briefing</translation>
    </message>
    <message>
        <source>Space: show the key facts</source>
        <translation>Пробел: показать ключевые факты</translation>
    </message>
    <message>
        <source>&amp;Timer</source>
        <translation>&amp;Таймер</translation>
    </message>
    <message>
        <source>Count down the time allowed for each point</source>
        <translation>Обратный отсчёт времени, отведённого на каждый тезис</translation>
    </message>
    <message>
        <source> min a point</source>
        <translation> мин на тезис</translation>
    </message>
    <message>
        <source>Minutes for each point</source>
        <translation>Минут на каждый тезис</translation>
    </message>
    <message>
        <source>Time left for this point</source>
        <translation>Осталось времени на этот тезис</translation>
    </message>
    <message>
        <source>T&amp;opics…</source>
        <translation>Т&amp;емы…</translation>
    </message>
    <message>
        <source>&amp;Leave (Esc)</source>
        <translation>&amp;Выйти (Esc)</translation>
    </message>
    <message>
        <source>Space: key facts · → PgDn Enter: next · ← PgUp: previous · T: topics · Esc: leave</source>
        <translation>Пробел: ключевые факты · → PgDn Enter: далее · ← PgUp: назад · T: темы · Esc: выход</translation>
    </message>
    <message>
        <source>Rehearse</source>
        <translation>Репетиция</translation>
    </message>
    <message>
        <source>point %1 of %2</source>
        <translation>тезис %1 из %2</translation>
    </message>
    <message>
        <source>card %1 of %2</source>
        <translation>карточка %1 из %2</translation>
    </message>
    <message>
        <source>(No talking point: the key facts follow.)</source>
        <translation>(Тезиса нет: далее ключевые факты.)</translation>
    </message>
    <message>
        <source>Key facts</source>
        <translation>Ключевые факты</translation>
    </message>
    <message>
        <source>No key facts.</source>
        <translation>Ключевых фактов нет.</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>осталось %1</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Время вышло</translation>
    </message>
    <message>
        <source>Rehearse which topics?</source>
        <translation>Какие темы репетировать?</translation>
    </message>
    <message>
        <source>Topics to rehearse</source>
        <translation>Темы для репетиции</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>В&amp;се</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Ни одной</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>На&amp;чать</translation>
    </message>
    <message>
        <source>Tick the topics whose talking points you want to rehearse:</source>
        <translation>Отметьте темы, тезисы которых хотите отрепетировать:</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Indexing… %p%</source>
        <extracomment>Settings key of the scope chosen in the panel: &quot;pack&quot; or &quot;all&quot;. Pause in typing, in milliseconds, after which the box&apos;s text is searched. An answer not come after this many ms is said to be on its way (a pack being indexed). How long the &quot;index ready&quot; message stays in the status bar (ms).</extracomment>
        <translation>Индексирование… %p%</translation>
    </message>
    <message>
        <source>Search indexing progress</source>
        <translation>Ход индексирования для поиска</translation>
    </message>
    <message>
        <source>Indexing: quick matches for now</source>
        <translation>Индексирование: пока только быстрые совпадения</translation>
    </message>
    <message>
        <source>Loading the pack: only the open topic is searched for now</source>
        <translation>Загрузка пакета: пока поиск только по открытой теме</translation>
    </message>
    <message>
        <source>Indexing… %1%: quick matches for now</source>
        <translation>Индексирование… %1%: пока только быстрые совпадения</translation>
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
        <translation>Поисковый индекс загружен за %1</translation>
    </message>
    <message>
        <source>Search index built in %1</source>
        <translation>Поисковый индекс построен за %1</translation>
    </message>
    <message>
        <source>Full-text search unavailable: quick matches only</source>
        <translation>Полнотекстовый поиск недоступен: только быстрые совпадения</translation>
    </message>
    <message>
        <source>Search index could not be made (%1); searching by plain text instead</source>
        <translation>Не удалось создать поисковый индекс (%1); поиск идёт по простому тексту</translation>
    </message>
    <message>
        <source>Type in the search box (Ctrl+K) to search every topic and glossary term.</source>
        <extracomment>The status line before anything is searched (a panel restored open at start, say); English, shown as ``Search.tr(HINT)``.</extracomment>
        <translation>Введите запрос в поле поиска (Ctrl+K), чтобы искать по всем темам и терминам глоссария.</translation>
    </message>
    <message>
        <source>This pack</source>
        <extracomment>The scopes of a search: the pack shown, or every pack of the library (English; shown as ``Search.tr(text)``).</extracomment>
        <translation>Этот пакет</translation>
    </message>
    <message>
        <source>All packs</source>
        <translation>Все пакеты</translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>Rows laid out per pass of the event loop. Suggestions longer than this are shown cut, with &quot;…&quot; (the button&apos;s tooltip has them whole). Suggestion buttons look like links, in the palette&apos;s link colour.</extracomment>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Search &amp;in:</source>
        <translation>&amp;Искать в:</translation>
    </message>
    <message>
        <source>Search in</source>
        <translation>Где искать</translation>
    </message>
    <message>
        <source>Search the pack shown, or every pack of your library (File → Library)</source>
        <translation>Искать в открытом пакете или во всех пакетах вашей библиотеки (Файл → Библиотека)</translation>
    </message>
    <message>
        <source>Did you mean:</source>
        <translation>Возможно, вы имели в виду:</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <source>Topics and glossary terms found; Enter opens one with the matches marked</source>
        <translation>Найденные темы и термины глоссария; Enter открывает выбранный с выделенными совпадениями</translation>
    </message>
    <message>
        <source>Search for:</source>
        <extracomment>The hit the user moved to or opened for the listed query (kind, id), if any.</extracomment>
        <translation>Искать:</translation>
    </message>
    <message>
        <source>No results for %1. Showing results for %2.</source>
        <translation>По запросу %1 ничего не найдено. Показаны результаты для %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s) for %1</source>
        <translation>
            <numerusform>%Ln результат по запросу %1</numerusform>
            <numerusform>%Ln результата по запросу %1</numerusform>
            <numerusform>%Ln результатов по запросу %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No results for %1.</source>
        <translation>По запросу %1 ничего не найдено.</translation>
    </message>
    <message>
        <source>Check the spelling, or try fewer or shorter words.</source>
        <translation>Проверьте написание или попробуйте меньше слов либо более короткие слова.</translation>
    </message>
    <message>
        <source>Searching every pack for %1…</source>
        <translation>Поиск %1 во всех пакетах…</translation>
    </message>
    <message>
        <source>Searching for %1…</source>
        <translation>Поиск %1…</translation>
    </message>
    <message>
        <source>Search for %1</source>
        <translation>Искать %1</translation>
    </message>
    <message>
        <source>Topic</source>
        <extracomment>The hit&apos;s kind, ``&quot;topic&quot;`` or ``&quot;term&quot;`` (str). The topic or term id (str). The snippet as HTML, matches in ``&lt;b&gt;`` (str). The whole row as HTML for the delegate: title, then snippet (str). The title of the pack the hit is from, in an all-packs search; &quot;&quot; otherwise (str). A hit&apos;s kind as the list reads it out (English; read as ``Search.tr(name)``).</extracomment>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Glossary term</source>
        <translation>Термин глоссария</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>в «%1»</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Window</source>
        <extracomment>Menu path of actions added to the window but to no menu (English; shown translated).</extracomment>
        <translation>Окно</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <extracomment>Separator between the menus of a path (&quot;View › Theme&quot;). A mnemonic written after the text, as Chinese and Japanese menus do: &quot;文件(&amp;F)&quot;.</extracomment>
        <translation>Клавиатурные сокращения</translation>
    </message>
    <message>
        <source>Filter by command, menu or key</source>
        <translation>Фильтр по команде, меню или клавише</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Фильтр сокращений</translation>
    </message>
    <message>
        <source>Type part of a command, a menu or a key to list only what matches</source>
        <translation>Введите часть названия команды, меню или клавиши, чтобы оставить только подходящие строки</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Меню</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Клавиатурные сокращения</translation>
    </message>
    <message>
        <source>Each command of the menus with its keys and the menu it is in</source>
        <translation>Все команды меню с их клавишами и меню, в котором они находятся</translation>
    </message>
    <message>
        <source>F6 and Shift+F6 move between the panes; Tab moves within one. Alt and a menu&apos;s underlined letter open that menu.</source>
        <translation>F6 и Shift+F6 переключают панели; Tab перемещает внутри панели. Alt и подчёркнутая буква меню открывают это меню.</translation>
    </message>
</context>
<context>
    <name>Starred</name>
    <message>
        <source>Bookmarks</source>
        <translation>Закладки</translation>
    </message>
    <message>
        <source>No bookmarks yet: press Ctrl+D on a topic to star it.</source>
        <translation>Закладок пока нет: нажмите Ctrl+D на теме, чтобы отметить её звёздочкой.</translation>
    </message>
    <message>
        <source>Bookmarked topics</source>
        <translation>Темы в закладках</translation>
    </message>
    <message>
        <source>The topics you starred; Enter opens one</source>
        <translation>Темы, отмеченные звёздочкой; Enter открывает тему</translation>
    </message>
    <message>
        <source>&amp;Bookmark This Topic</source>
        <translation>&amp;Добавить тему в закладки</translation>
    </message>
    <message>
        <source>Bookmarks &amp;Panel</source>
        <translation>&amp;Панель закладок</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Закладки</translation>
    </message>
    <message>
        <source>Bookmarked “%1”</source>
        <translation>Тема «%1» добавлена в закладки</translation>
    </message>
    <message>
        <source>Bookmark removed: “%1”</source>
        <translation>Закладка удалена: «%1»</translation>
    </message>
    <message>
        <source>Remove &amp;Bookmark</source>
        <translation>&amp;Удалить закладку</translation>
    </message>
    <message>
        <source>(no bookmarks)</source>
        <translation>(нет закладок)</translation>
    </message>
</context>
<context>
    <name>TermLinks</name>
    <message>
        <source>&amp;Link Glossary Terms</source>
        <extracomment>The settings key of the &quot;link glossary terms&quot; switch (1 on, 0 off).</extracomment>
        <translation>&amp;Выделять термины глоссария</translation>
    </message>
    <message>
        <source>Mark glossary terms in the text; hover one for its definition</source>
        <translation>Отмечать термины глоссария в тексте; наведите указатель на термин, чтобы увидеть определение</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>MMMM yyyy</source>
        <comment>a month, as a QDate format writes it</comment>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>a day, as a QDate format writes it</comment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>%1–d MMMM yyyy</source>
        <comment>days of one month; %1 is the first day</comment>
        <translation>%1–d MMMM yyyy</translation>
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
        <translation>События на оси времени; Ctrl+колёсико или + и - меняют масштаб, щелчок по событию открывает его тему</translation>
    </message>
    <message>
        <source>Click to open the topic</source>
        <translation>Щёлкните, чтобы открыть тему</translation>
    </message>
    <message>
        <source>This pack has no timeline.

To add one, put a file timeline.yaml in the pack folder: a list of events, each with a date (YYYY, YYYY-MM or YYYY-MM-DD), a title and the ids of the topics that tell more. Help → User Guide links to the format; run “briefing-app check” on the pack to see any mistakes.</source>
        <extracomment>Shown instead of the drawing when the pack has no timeline (English; shown translated).</extracomment>
        <translation>В этом пакете нет хронологии.

Чтобы добавить её, положите в папку пакета файл timeline.yaml со списком событий: у каждого — дата (ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД), заголовок и идентификаторы тем, где о нём рассказано подробнее. Ссылка на описание формата есть в разделе Справка → Руководство пользователя; чтобы найти ошибки, выполните для пакета «briefing-app check».</translation>
    </message>
    <message>
        <source>Show the events of</source>
        <translation>Показать события темы</translation>
    </message>
    <message>
        <source>Zoom out (−, Ctrl+wheel)</source>
        <translation>Уменьшить (−, Ctrl+колёсико)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <source>Zoom in (+, Ctrl+wheel)</source>
        <translation>Увеличить (+, Ctrl+колёсико)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Вписать</translation>
    </message>
    <message>
        <source>Fit the whole timeline to the window (0)</source>
        <translation>Вписать всю хронологию в окно (0)</translation>
    </message>
    <message>
        <source>Fit the whole timeline to the window</source>
        <translation>Вписать всю хронологию в окно</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Save the timeline as an SVG or PNG image</source>
        <translation>Сохранить хронологию как изображение SVG или PNG</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Показать:</translation>
    </message>
    <message>
        <source>Timeline — %1</source>
        <translation>Хронология — %1</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Все темы</translation>
    </message>
    <message>
        <source>No events.</source>
        <translation>Нет событий.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n event(s)</source>
        <translation>
            <numerusform>%1 из %n события</numerusform>
            <numerusform>%1 из %n событий</numerusform>
            <numerusform>%1 из %n событий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n событие</numerusform>
            <numerusform>%n события</numerusform>
            <numerusform>%n событий</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the timeline</source>
        <translation>Экспорт хронологии</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>Изображение SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Изображение PNG (*.png)</translation>
    </message>
    <message>
        <source>Timeline not exported</source>
        <translation>Хронология не экспортирована</translation>
    </message>
    <message>
        <source>Could not write %1; choose another folder.</source>
        <translation>Не удалось записать %1; выберите другую папку.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>%1: use a name ending in .svg or .png.</source>
        <translation>%1: укажите имя с расширением .svg или .png.</translation>
    </message>
</context>
<context>
    <name>Topics</name>
    <message>
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>(You have notes on this topic.)</source>
        <extracomment>True for topics the user has notes on (see :meth:`TopicTreeModel.set_noted`). True for topics a new edition changed or added that the user has not opened since (see :meth:`TopicTreeModel.set_changed`); shown in bold.</extracomment>
        <translation>(К этой теме есть ваши заметки.)</translation>
    </message>
    <message>
        <source>(Changed in this edition; not opened since.)</source>
        <translation>(Изменена в этом выпуске; ещё не открывалась.)</translation>
    </message>
    <message>
        <source>Topics</source>
        <extracomment>A pack with more topics than this opens with its groups folded (the open topic&apos;s unfolded): its top level is a table of contents, where 20,000 rows would be a list to scroll.</extracomment>
        <translation>Темы</translation>
    </message>
    <message>
        <source>The pack&apos;s topics in reading order; choose one to read it</source>
        <translation>Темы пакета в порядке чтения; выберите тему, чтобы прочитать её</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>Search the briefing (Ctrl+K)</source>
        <extracomment>Search is built this long after the window is shown (ms) if the reader has not painted by then: a reader squeezed to nothing by the splitter, or a minimised window, never paints.</extracomment>
        <translation>Поиск по материалам (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Finds topics and glossary terms as you type; Down chooses a result, Enter opens it</source>
        <translation>Находит темы и термины глоссария по мере ввода; стрелка вниз выбирает результат, Enter открывает его</translation>
    </message>
    <message>
        <source>%1 — Briefing</source>
        <translation>%1 — Briefing</translation>
    </message>
    <message>
        <source>Loading topics…</source>
        <translation>Загрузка тем…</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n ошибка</numerusform>
            <numerusform>%n ошибки</numerusform>
            <numerusform>%n ошибок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n предупреждение</numerusform>
            <numerusform>%n предупреждения</numerusform>
            <numerusform>%n предупреждений</numerusform>
        </translation>
    </message>
    <message>
        <source>No topic “%1” in this pack; showing the first topic</source>
        <translation>В этом пакете нет темы «%1»; показана первая тема</translation>
    </message>
    <message>
        <source>Open a briefing pack</source>
        <translation>Открыть пакет материалов</translation>
    </message>
    <message>
        <source>Cannot open pack</source>
        <translation>Не удалось открыть пакет</translation>
    </message>
    <message>
        <source>%1 has no usable topics.</source>
        <translation>В %1 нет пригодных для чтения тем.</translation>
    </message>
    <message>
        <source>Loading topics… %1 of %2</source>
        <translation>Загрузка тем… %1 из %2</translation>
    </message>
    <message>
        <source>Reloading: %1</source>
        <translation>Перезагрузка: %1</translation>
    </message>
    <message>
        <source>The other topics could not be loaded; see the status bar</source>
        <translation>Остальные темы загрузить не удалось; подробности в строке состояния</translation>
    </message>
    <message numerus="yes">
        <source>%Ln topic(s)</source>
        <translation>
            <numerusform>%Ln тема</numerusform>
            <numerusform>%Ln темы</numerusform>
            <numerusform>%Ln тем</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln term(s)</source>
        <translation>
            <numerusform>%Ln термин</numerusform>
            <numerusform>%Ln термина</numerusform>
            <numerusform>%Ln терминов</numerusform>
        </translation>
    </message>
    <message>
        <source>No topic “%1” in this pack</source>
        <translation>В этом пакете нет темы «%1»</translation>
    </message>
    <message>
        <source>No glossary term “%1” in this pack</source>
        <translation>В этом пакете нет термина «%1»</translation>
    </message>
    <message>
        <source>This link opens a new message in your mail program:

%1

Open it?</source>
        <translation>Эта ссылка создаёт новое письмо в почтовой программе:

%1

Открыть её?</translation>
    </message>
    <message>
        <source>This link leaves the briefing and opens in your web browser:

%1

Open it?</source>
        <translation>Эта ссылка ведёт за пределы материалов и откроется в браузере:

%1

Открыть её?</translation>
    </message>
    <message>
        <source>Open external link?</source>
        <translation>Открыть внешнюю ссылку?</translation>
    </message>
    <message>
        <source>External link not opened</source>
        <translation>Внешняя ссылка не открыта</translation>
    </message>
    <message>
        <source>&amp;Search Results</source>
        <translation>&amp;Результаты поиска</translation>
    </message>
    <message>
        <source>Notes not saved</source>
        <translation>Заметки не сохранены</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) could not be saved:</source>
        <translation>
            <numerusform>Не удалось сохранить %n заметку:</numerusform>
            <numerusform>Не удалось сохранить %n заметки:</numerusform>
            <numerusform>Не удалось сохранить %n заметок:</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit anyway and lose them? Choose No to copy them somewhere first.</source>
        <translation>Всё равно выйти и потерять их? Выберите «Нет», чтобы сначала скопировать их куда-нибудь.</translation>
    </message>
</context>
</TS>
