<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>About</name>
    <message>
        <source>the window and its widgets; used under the LGPL version 3</source>
        <extracomment>What ships with the app, as the installed metadata gives each licence.</extracomment>
        <translation>窗口及其控件；依据 LGPL 第 3 版使用</translation>
    </message>
    <message>
        <source>PySide6&apos;s bindings runtime; used under the LGPL version 3</source>
        <translation>PySide6 绑定的运行时；依据 LGPL 第 3 版使用</translation>
    </message>
    <message>
        <source>icons from icon fonts (code)</source>
        <translation>来自图标字体的图标（代码）</translation>
    </message>
    <message>
        <source>the icons</source>
        <translation>图标</translation>
    </message>
    <message>
        <source>QtAwesome&apos;s Qt binding layer</source>
        <translation>QtAwesome 的 Qt 绑定层</translation>
    </message>
    <message>
        <source>renders the topics&apos; Markdown</source>
        <translation>渲染专题的 Markdown</translation>
    </message>
    <message>
        <source>reads the pack&apos;s YAML</source>
        <translation>读取资料包的 YAML</translation>
    </message>
    <message>
        <source>cleans the HTML of pages</source>
        <translation>清理页面的 HTML</translation>
    </message>
    <message>
        <source>spelling corrections in search</source>
        <translation>搜索中的拼写纠正</translation>
    </message>
    <message>
        <source>matches names across scripts</source>
        <translation>跨文字匹配名称</translation>
    </message>
    <message>
        <source>finds the user&apos;s settings, data and cache folders</source>
        <translation>查找用户的设置、数据和缓存文件夹</translation>
    </message>
    <message>
        <source>checks the signatures of pack files</source>
        <translation>校验资料包文件的签名</translation>
    </message>
    <message>
        <source>the map&apos;s country outlines, coastlines and borders; made with Natural Earth</source>
        <translation>地图上的国家轮廓、海岸线和边界；使用 Natural Earth 数据制作</translation>
    </message>
    <message>
        <source>the outline of Lake Balkhash on the map</source>
        <translation>地图上巴尔喀什湖的轮廓</translation>
    </message>
    <message>
        <source>the interpreter the installed app ships with</source>
        <translation>随安装的应用附带的解释器</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>资料包</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>读者对象</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新日期</translation>
    </message>
    <message>
        <source>Facts as of</source>
        <translation>资料截至</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>密级标识</translation>
    </message>
    <message>
        <source>An offline briefing reader. It never touches the network.</source>
        <translation>离线简报阅读器，从不访问网络。</translation>
    </message>
    <message>
        <source>Briefing is free software under the MIT licence.</source>
        <translation>Briefing 是依据 MIT 许可证发布的自由软件。</translation>
    </message>
    <message>
        <source>This pack</source>
        <translation>本资料包</translation>
    </message>
    <message>
        <source>Third-party software</source>
        <translation>第三方软件</translation>
    </message>
    <message>
        <source>Briefing is built on these projects, each under its own licence (the full texts ship with each project; the links open in your browser after you confirm):</source>
        <translation>Briefing 基于以下项目构建，各项目均依据其自身许可证发布（完整文本随各项目提供；确认后链接将在浏览器中打开）：</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>About Briefing</source>
        <translation>关于 Briefing</translation>
    </message>
    <message>
        <source>The version, the pack shown and the licences of the software Briefing uses</source>
        <translation>版本、当前资料包以及 Briefing 所用软件的许可证</translation>
    </message>
</context>
<context>
    <name>Brief</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <extracomment>Output formats offered: label, file extension, file dialog filter (labels and filters in English, shown as ``Brief.tr(text)``).</extracomment>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>HTML (one file)</source>
        <translation>HTML（单个文件）</translation>
    </message>
    <message>
        <source>HTML files (*.html *.htm)</source>
        <translation>HTML 文件 (*.html *.htm)</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Markdown 文件 (*.md)</translation>
    </message>
    <message>
        <source>Full brief: cover, contents, a topic per page</source>
        <extracomment>Layouts offered: label (English, shown as ``Brief.tr(label)``), ``BriefOptions.layout``.</extracomment>
        <translation>完整简报：封面、目录，每页一个专题</translation>
    </message>
    <message>
        <source>Speaking notes: talking points and key facts, topic after topic</source>
        <translation>发言要点：逐个专题列出谈话要点和关键事实</translation>
    </message>
    <message>
        <source>Build Brief</source>
        <extracomment>Settings group of the remembered brief.</extracomment>
        <translation>生成简报</translation>
    </message>
    <message>
        <source>Topics to include</source>
        <translation>要包含的专题</translation>
    </message>
    <message>
        <source>Topics in print order</source>
        <translation>按打印顺序排列的专题</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>全不选(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Current Topic Only</source>
        <translation>仅当前专题(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Full text</source>
        <translation>全文(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Key facts and talking points only</source>
        <translation>仅关键事实和谈话要点(&amp;K)</translation>
    </message>
    <message>
        <source>Include &amp;my notes</source>
        <translation>包含我的笔记(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Glossary of the terms the topics use</source>
        <translation>专题所用术语的术语表(&amp;G)</translation>
    </message>
    <message>
        <source>T&amp;imeline</source>
        <translation>时间线(&amp;I)</translation>
    </message>
    <message>
        <source>The pack&apos;s timeline as an image after the contents</source>
        <translation>在目录之后以图像形式附上资料包的时间线</translation>
    </message>
    <message>
        <source>e.g. UNCLASSIFIED — FOR BRIEFING USE</source>
        <translation>例如：非密——仅供简报使用</translation>
    </message>
    <message>
        <source>Your name and post</source>
        <translation>您的姓名和职务</translation>
    </message>
    <message>
        <source>&amp;Print Preview…</source>
        <translation>打印预览(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>专题</translation>
    </message>
    <message>
        <source>Include:</source>
        <translation>包含：</translation>
    </message>
    <message>
        <source>In this order:</source>
        <translation>按此顺序：</translation>
    </message>
    <message>
        <source>A group&apos;s box takes its whole branch; clear topics below it to leave them out.</source>
        <translation>勾选分组会选中其整个分支；取消勾选其下的专题即可将其排除。</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>版式(&amp;L)：</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>内容：</translation>
    </message>
    <message>
        <source>Add:</source>
        <translation>附加：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Marking:</source>
        <translation>密级标识(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>作者(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;O)：</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <extracomment>Settings key of the paper size chosen in Preferences (&quot;A4&quot; or &quot;Letter&quot;).</extracomment>
        <translation>所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <source>Afghanistan</source>
        <extracomment>The base map&apos;s countries by their English names (as its data spell them), written on the map as ``Countries.tr(name)``: short names, as a map writes them, in every language.</extracomment>
        <translation>阿富汗</translation>
    </message>
    <message>
        <source>Albania</source>
        <translation>阿尔巴尼亚</translation>
    </message>
    <message>
        <source>Armenia</source>
        <translation>亚美尼亚</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>奥地利</translation>
    </message>
    <message>
        <source>Azerbaijan</source>
        <translation>阿塞拜疆</translation>
    </message>
    <message>
        <source>Bangladesh</source>
        <translation>孟加拉国</translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation>白俄罗斯</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>比利时</translation>
    </message>
    <message>
        <source>Bhutan</source>
        <translation>不丹</translation>
    </message>
    <message>
        <source>Bosnia and Herz.</source>
        <translation>波黑</translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <translation>保加利亚</translation>
    </message>
    <message>
        <source>China</source>
        <translation>中国</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>克罗地亚</translation>
    </message>
    <message>
        <source>Cyprus</source>
        <translation>塞浦路斯</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>捷克</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>丹麦</translation>
    </message>
    <message>
        <source>Egypt</source>
        <translation>埃及</translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation>爱沙尼亚</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>芬兰</translation>
    </message>
    <message>
        <source>France</source>
        <translation>法国</translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation>格鲁吉亚</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>德国</translation>
    </message>
    <message>
        <source>Greece</source>
        <translation>希腊</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>匈牙利</translation>
    </message>
    <message>
        <source>India</source>
        <translation>印度</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>伊朗</translation>
    </message>
    <message>
        <source>Iraq</source>
        <translation>伊拉克</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>爱尔兰</translation>
    </message>
    <message>
        <source>Israel</source>
        <translation>以色列</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>意大利</translation>
    </message>
    <message>
        <source>Jordan</source>
        <translation>约旦</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>哈萨克斯坦</translation>
    </message>
    <message>
        <source>Kuwait</source>
        <translation>科威特</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation>吉尔吉斯斯坦</translation>
    </message>
    <message>
        <source>Laos</source>
        <translation>老挝</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>拉脱维亚</translation>
    </message>
    <message>
        <source>Lebanon</source>
        <translation>黎巴嫩</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>立陶宛</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>卢森堡</translation>
    </message>
    <message>
        <source>Moldova</source>
        <translation>摩尔多瓦</translation>
    </message>
    <message>
        <source>Mongolia</source>
        <translation>蒙古国</translation>
    </message>
    <message>
        <source>Montenegro</source>
        <translation>黑山</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation>缅甸</translation>
    </message>
    <message>
        <source>Nepal</source>
        <translation>尼泊尔</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>荷兰</translation>
    </message>
    <message>
        <source>North Korea</source>
        <translation>朝鲜</translation>
    </message>
    <message>
        <source>North Macedonia</source>
        <translation>北马其顿</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>挪威</translation>
    </message>
    <message>
        <source>Pakistan</source>
        <translation>巴基斯坦</translation>
    </message>
    <message>
        <source>Palestine</source>
        <translation>巴勒斯坦</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>波兰</translation>
    </message>
    <message>
        <source>Qatar</source>
        <translation>卡塔尔</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>罗马尼亚</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>俄罗斯</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation>沙特阿拉伯</translation>
    </message>
    <message>
        <source>Serbia</source>
        <translation>塞尔维亚</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>斯洛伐克</translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation>斯洛文尼亚</translation>
    </message>
    <message>
        <source>South Korea</source>
        <translation>韩国</translation>
    </message>
    <message>
        <source>Sudan</source>
        <translation>苏丹</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>瑞典</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>瑞士</translation>
    </message>
    <message>
        <source>Syria</source>
        <translation>叙利亚</translation>
    </message>
    <message>
        <source>Tajikistan</source>
        <translation>塔吉克斯坦</translation>
    </message>
    <message>
        <source>Turkey</source>
        <translation>土耳其</translation>
    </message>
    <message>
        <source>Turkmenistan</source>
        <translation>土库曼斯坦</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>乌克兰</translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation>阿联酋</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>英国</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation>乌兹别克斯坦</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>越南</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>The details were saved to:
%1</source>
        <extracomment>The log is cut back to its last half once it grows past this many bytes. False for runs nobody watches (``--screenshot``, the offscreen platform): no dialog, which would wait forever for a click, only the log and stderr.</extracomment>
        <translation>详细信息已保存到：
%1</translation>
    </message>
    <message>
        <source>The details could not be saved.</source>
        <translation>无法保存详细信息。</translation>
    </message>
    <message>
        <source>Something went wrong: %1

Your notes and the open pack are kept; you can go on working, or restart the app if something looks wrong.</source>
        <translation>出现问题：%1

您的笔记和已打开的资料包均已保留；您可以继续工作，如有异常请重新启动应用。</translation>
    </message>
    <message>
        <source>Briefing hit a problem</source>
        <translation>Briefing 遇到问题</translation>
    </message>
</context>
<context>
    <name>Exporting</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1: unknown file type; use .pdf, .html or .md</source>
        <translation>%1：未知的文件类型；请使用 .pdf、.html 或 .md</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Build Brief</source>
        <translation>生成简报</translation>
    </message>
    <message>
        <source>Laying out and printing %1…</source>
        <translation>正在排版并打印 %1…</translation>
    </message>
</context>
<context>
    <name>Find</name>
    <message>
        <source>Find in page</source>
        <extracomment>Pages longer than this (characters) are searched after a pause in typing, not on every key. The pause, in milliseconds.</extracomment>
        <translation>在页面中查找</translation>
    </message>
    <message>
        <source>Marks the text in the page; Enter and Shift+Enter go to the next and previous match</source>
        <translation>在页面中标记文本；Enter 和 Shift+Enter 跳到下一个和上一个匹配项</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>匹配项</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>上一个匹配项</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>上一个匹配项 (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>下一个匹配项</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>下一个匹配项 (F3)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭 (Esc)</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>关闭查找栏</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>无匹配项</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1 个，共 %2 个</translation>
    </message>
</context>
<context>
    <name>Glance</name>
    <message>
        <source>Key facts</source>
        <translation>关键事实</translation>
    </message>
    <message>
        <source>Latest events</source>
        <translation>最新动态</translation>
    </message>
    <message>
        <source>Headline figures</source>
        <translation>关键数据</translation>
    </message>
    <message>
        <source>Trade, investment, debt and transit figures with their year and source:</source>
        <translation>贸易、投资、债务和过境运输数据，附年份和来源：</translation>
    </message>
    <message>
        <source>Where to start</source>
        <translation>从这里开始</translation>
    </message>
    <message>
        <source>No timeline in this pack. Add timeline.yaml to the pack folder (see the format guide) and its latest events show here.</source>
        <translation>此资料包没有时间线。在资料包文件夹中添加 timeline.yaml（参见格式说明），这里就会显示最新动态。</translation>
    </message>
    <message numerus="yes">
        <source>All %n events: Go › Timeline (Ctrl+T)</source>
        <translation>
            <numerusform>共 %n 个事件：转到 › 时间线 (Ctrl+T)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more top-level topic(s) in Contents</source>
        <translation>
            <numerusform>……另有 %n 个顶层专题，见“目录”</numerusform>
        </translation>
    </message>
    <message>
        <source>Edition %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <source>facts as of %1</source>
        <translation>资料截至 %1</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>读者对象：%1</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source>Choose a term to read about it.</source>
        <extracomment>The term card&apos;s text while no term is chosen (English; shown as ``Glossary.tr(...)``).</extracomment>
        <translation>选择一个术语以查看其说明。</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>术语表</translation>
    </message>
    <message>
        <source>Reading the glossary…</source>
        <translation>正在读取术语表…</translation>
    </message>
    <message>
        <source>Filter terms (any language)</source>
        <translation>筛选术语（任意语言）</translation>
    </message>
    <message>
        <source>Filter glossary terms</source>
        <translation>筛选术语表中的术语</translation>
    </message>
    <message>
        <source>Type a name in any language to list the terms that have it</source>
        <translation>输入任意语言的名称，列出具有该名称的术语</translation>
    </message>
    <message>
        <source>Glossary terms</source>
        <translation>术语表中的术语</translation>
    </message>
    <message>
        <source>The terms under their letters; choose one to read its card</source>
        <translation>按首字母排列的术语；选择一个即可查看其卡片</translation>
    </message>
    <message>
        <source>Term definition</source>
        <translation>术语释义</translation>
    </message>
    <message>
        <source>The chosen term: its names by language, definition, the topics that use it, see also</source>
        <translation>所选术语：各语言名称、释义、使用该术语的专题、另见</translation>
    </message>
    <message>
        <source>This pack has no glossary.</source>
        <translation>此资料包没有术语表。</translation>
    </message>
    <message>
        <source>No term matches “%1”.</source>
        <translation>没有与“%1”匹配的术语。</translation>
    </message>
    <message>
        <source>No term is named “%1”; showing the closest names</source>
        <translation>没有名为“%1”的术语；显示最接近的名称</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>User guide</source>
        <extracomment>The guide&apos;s pages (file names without ``.md`` in ``resources/guide/``), the first the start. The start page&apos;s title when it has none (the English guide&apos;s).</extracomment>
        <translation>用户指南</translation>
    </message>
    <message>
        <source>How to read, search and prepare with Briefing</source>
        <translation>如何使用 Briefing 阅读、搜索和准备</translation>
    </message>
    <message>
        <source>Briefing User Guide</source>
        <translation>Briefing 用户指南</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <source>Letter %1</source>
        <extracomment>How alike (per cent) a mistyped filter and a term&apos;s name must be for the term to show. Each term&apos;s names (headword, aliases, translations), folded, by letter row and row.</extracomment>
        <translation>字母 %1</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>Library</source>
        <extracomment>The file dialog&apos;s filters for Add → Pack File….</extracomment>
        <translation>资料库</translation>
    </message>
    <message>
        <source>Packs you have opened or added, recently opened first. Double-click one to open it.</source>
        <translation>您打开或添加过的资料包，最近打开的排在前面。双击即可打开。</translation>
    </message>
    <message>
        <source>Packs in the library</source>
        <translation>资料库中的资料包</translation>
    </message>
    <message>
        <source>Recently opened first; Enter opens the pack selected, Delete removes it</source>
        <translation>最近打开的排在前面；按 Enter 打开所选资料包，按 Delete 将其从资料库移除</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>Pack &amp;Folder…</source>
        <translation>资料包文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Pack F&amp;ile (.briefing)…</source>
        <translation>资料包文件 (.briefing)(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Reveal in &amp;Folder</source>
        <translation>在文件夹中显示(&amp;F)</translation>
    </message>
    <message>
        <source>The pack that ships with Briefing stays in the library</source>
        <translation>Briefing 自带的资料包始终保留在资料库中</translation>
    </message>
    <message>
        <source>Cannot remove the pack</source>
        <translation>无法移除该资料包</translation>
    </message>
    <message>
        <source>Add a pack folder to the library</source>
        <translation>将资料包文件夹添加到资料库</translation>
    </message>
    <message>
        <source>Add a pack file to the library</source>
        <translation>将资料包文件添加到资料库</translation>
    </message>
    <message>
        <source>Adding %1…</source>
        <translation>正在添加 %1…</translation>
    </message>
    <message>
        <source>Added “%1”.</source>
        <translation>已添加“%1”。</translation>
    </message>
    <message>
        <source>Cannot add the pack</source>
        <translation>无法添加该资料包</translation>
    </message>
    <message>
        <source>Title</source>
        <extracomment>The row&apos;s :class:`Entry`. Column headers (English; shown as ``Library.tr(text)``).</extracomment>
        <translation>标题</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>读者对象</translation>
    </message>
    <message>
        <source>Facts as of</source>
        <translation>资料截至</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Briefing pack folder</source>
        <extracomment>What each kind of pack is called (English; shown as ``Library.tr(text)``).</extracomment>
        <translation>Briefing 资料包文件夹</translation>
    </message>
    <message>
        <source>Briefing pack file</source>
        <translation>Briefing 资料包文件</translation>
    </message>
    <message>
        <source>MkDocs project</source>
        <translation>MkDocs 项目</translation>
    </message>
    <message>
        <source>Obsidian vault</source>
        <translation>Obsidian 仓库</translation>
    </message>
    <message>
        <source>Markdown folder</source>
        <translation>Markdown 文件夹</translation>
    </message>
    <message>
        <source>Signed by %1</source>
        <extracomment>Signature states in words (English; shown as ``Library.tr(text)``).</extracomment>
        <translation>签名者：%1</translation>
    </message>
    <message>
        <source>Signed by an unknown key</source>
        <translation>由未知密钥签名</translation>
    </message>
    <message>
        <source>Bad signature</source>
        <translation>签名无效</translation>
    </message>
    <message>
        <source>Unsigned</source>
        <translation>未签名</translation>
    </message>
    <message>
        <source>ALTERED: %1 · %2</source>
        <extracomment>A pack file whose files did not all match its manifest, in words (English; shown as ``Library.tr(text)``; %1 the files, %2 the signature&apos;s words).</extracomment>
        <translation>已被改动：%1 · %2</translation>
    </message>
    <message>
        <source>Refused: the pack file could not be opened</source>
        <translation>已拒绝：无法打开该资料包文件</translation>
    </message>
    <message>
        <source>Bundled with Briefing</source>
        <translation>Briefing 自带</translation>
    </message>
</context>
<context>
    <name>Loader</name>
    <message>
        <source>Could not finish loading the pack (%1)</source>
        <extracomment>A pack with more topic files than this, not in the cache, opens with a preview first. Seconds a preview waits for its topics&apos; titles once the rest is read (a cold disk may take seconds for 20,000 files; the tree shows ids for the titles not read yet). Progress is reported in steps of this many percent (each report repaints the status bar).</extracomment>
        <translation>无法完成资料包的加载（%1）</translation>
    </message>
</context>
<context>
    <name>Map</name>
    <message>
        <source>This pack has no places.yaml, so there is nothing to show on the map.

To add places, put a places.yaml beside the pack&apos;s briefing.yaml listing each place (id, name, lat, lon, kind and the topics about it) and the routes between them; the pack format guide describes the file.</source>
        <extracomment>Zoom limits in pixels per kilometre; the base map is simplified to 2.5 km. Labels are placed most important first: capitals, then crossings and ports, cities last. The largest country label rank shown at a zoom (pixels per km): more countries closer in. Shown instead of the map when the pack has no places (English; shown translated).</extracomment>
        <translation>此资料包没有 places.yaml，因此地图上没有可显示的内容。

如需添加地点，请在资料包的 briefing.yaml 旁放入 places.yaml，列出每个地点（id、name、lat、lon、kind 以及相关专题）及其间的路线；资料包格式指南中有该文件的说明。</translation>
    </message>
    <message>
        <source>%1° N</source>
        <translation>北纬 %1°</translation>
    </message>
    <message>
        <source>%1° S</source>
        <translation>南纬 %1°</translation>
    </message>
    <message>
        <source>%1° E</source>
        <translation>东经 %1°</translation>
    </message>
    <message>
        <source>%1° W</source>
        <translation>西经 %1°</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Map — %1</source>
        <translation>地图 — %1</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>Show &amp;All Places</source>
        <translation>显示所有地点(&amp;A)</translation>
    </message>
    <message>
        <source>Export as &amp;SVG…</source>
        <translation>导出为 SVG(&amp;S)…</translation>
    </message>
    <message>
        <source>Export as &amp;PNG…</source>
        <translation>导出为 PNG(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Export Map</source>
        <translation>导出地图</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>The map could not be saved: %1</source>
        <translation>无法保存地图：%1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Caspian Sea</source>
        <extracomment>Colours by scheme: the base map, then route kinds, then place kinds. Names of the seas in view (English; written as ``Map.tr(name)``), with where to write them (latitude, longitude).</extracomment>
        <translation>里海</translation>
    </message>
    <message>
        <source>Black Sea</source>
        <translation>黑海</translation>
    </message>
    <message>
        <source>Yellow Sea</source>
        <translation>黄海</translation>
    </message>
    <message>
        <source>Persian Gulf</source>
        <translation>波斯湾</translation>
    </message>
    <message>
        <source>Baltic Sea</source>
        <translation>波罗的海</translation>
    </message>
    <message>
        <source>Mediterranean Sea</source>
        <translation>地中海</translation>
    </message>
    <message>
        <source>Click to read about it</source>
        <translation>单击查看相关内容</translation>
    </message>
    <message>
        <source>No topic in this pack is about it yet</source>
        <translation>此资料包中暂无相关专题</translation>
    </message>
    <message>
        <source>Capital</source>
        <extracomment>How the legend names each kind (English; :func:`kind_name` gives it translated).</extracomment>
        <translation>首都</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Border crossing</source>
        <translation>边境口岸</translation>
    </message>
    <message>
        <source>Dry port</source>
        <translation>无水港</translation>
    </message>
    <message>
        <source>Seaport</source>
        <translation>海港</translation>
    </message>
    <message>
        <source>Special economic zone</source>
        <translation>经济特区</translation>
    </message>
    <message>
        <source>Railway</source>
        <translation>铁路</translation>
    </message>
    <message>
        <source>Road</source>
        <translation>公路</translation>
    </message>
    <message>
        <source>Sea route</source>
        <translation>海上航线</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>Base map: Natural Earth</source>
        <extracomment>Credit for the base map, shown on the map and in every export (Natural Earth asks for none but welcomes it: naturalearthdata.com/about/terms-of-use). English; :func:`credit` gives it translated.</extracomment>
        <translation>底图：Natural Earth</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 公里</translation>
    </message>
    <message>
        <source>%1. %2 (public domain).</source>
        <translation>%1。%2（公有领域）。</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;Open Pack…</source>
        <translation>打开资料包(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Show Problems</source>
        <translation>显示问题(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>重置缩放(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>搜索(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Next Topic</source>
        <translation>下一个专题(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Previous Topic</source>
        <translation>上一个专题(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Find in Page…</source>
        <translation>在页面中查找(&amp;I)…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>查找上一个(&amp;V)</translation>
    </message>
    <message>
        <source>Go to &amp;Topic Tree</source>
        <translation>转到专题树(&amp;T)</translation>
    </message>
    <message>
        <source>Go to Rea&amp;der</source>
        <translation>转到阅读区(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;About Briefing</source>
        <translation>关于 Briefing(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Next Pa&amp;ne</source>
        <translation>下一个窗格(&amp;E)</translation>
    </message>
    <message>
        <source>Previous Pan&amp;e</source>
        <translation>上一个窗格(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Glossary Page</source>
        <translation>术语表页面(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;At a Glance</source>
        <translation>概览(&amp;L)</translation>
    </message>
    <message>
        <source>Ti&amp;meline</source>
        <translation>时间线(&amp;M)</translation>
    </message>
    <message>
        <source>Re&amp;hearse…</source>
        <translation>演练(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation>术语表(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>目录(&amp;C)</translation>
    </message>
    <message>
        <source>Pro&amp;blems</source>
        <translation>问题(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Full-Screen Reading</source>
        <translation>全屏阅读(&amp;F)</translation>
    </message>
    <message>
        <source>Leave Full Screen</source>
        <translation>退出全屏</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>首选项(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>M&amp;ap</source>
        <translation>地图(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Loading the pack</source>
        <translation>正在加载资料包</translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <extracomment>The View → Theme entries: theme name and menu text (English; shown as ``Menus.tr(text)``).</extracomment>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>高对比度(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Library…</source>
        <translation>资料库(&amp;L)…</translation>
    </message>
</context>
<context>
    <name>Nav</name>
    <message>
        <source>Where this topic sits</source>
        <extracomment>Entries listed in a Back or Forward button&apos;s menu. Titles in the breadcrumb are cut to this many characters.</extracomment>
        <translation>此专题所在位置</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>前进(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Recent Topics</source>
        <translation>最近的专题(&amp;R)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>(no topics opened yet)</source>
        <translation>（尚未打开任何专题）</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <source>Notes</source>
        <extracomment>Quiet time after the last keystroke before a save (ms). Longest time typed text stays unsaved while the typing goes on (s). A note is read in a narrow dock: heading sizes (pt) a step smaller than in the reader.</extracomment>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Show the note rendered, or as Markdown to edit</source>
        <translation>显示渲染后的笔记，或显示可编辑的 Markdown</translation>
    </message>
    <message>
        <source>Note status</source>
        <translation>笔记状态</translation>
    </message>
    <message>
        <source>Note (Markdown)</source>
        <translation>笔记（Markdown）</translation>
    </message>
    <message>
        <source>Your note on this topic, in Markdown, saved as you type</source>
        <translation>您对此专题的笔记（Markdown），输入时自动保存</translation>
    </message>
    <message>
        <source>Your private notes on this topic, in Markdown. Saved as you type.</source>
        <translation>您对此专题的私人笔记，使用 Markdown 格式。输入时自动保存。</translation>
    </message>
    <message>
        <source>Note (rendered)</source>
        <translation>笔记（渲染后）</translation>
    </message>
    <message>
        <source>Your note as it reads, its links working</source>
        <translation>笔记的阅读效果，链接可用</translation>
    </message>
    <message>
        <source>Notes — %1</source>
        <translation>笔记 — %1</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>正在编辑…</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>未保存。</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>No notes on this topic yet.</source>
        <translation>此专题还没有笔记。</translation>
    </message>
</context>
<context>
    <name>PackFiles</name>
    <message>
        <source>%1, against %2 that you read before: %3.</source>
        <translation>%1；您之前读过的是%2。更改：%3。</translation>
    </message>
    <message>
        <source>Removed words are struck out, added words underlined. Topics you have not opened since are marked in the tree.</source>
        <translation>删除的词语带删除线，新增的词语带下划线。此后尚未打开的专题已在树中标出。</translation>
    </message>
    <message>
        <source>What changed in %1</source>
        <translation>%1 中的更改</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>改动</translation>
    </message>
    <message>
        <source> (not opened yet)</source>
        <translation>（尚未打开）</translation>
    </message>
    <message>
        <source>What Changed</source>
        <translation>更改内容</translation>
    </message>
    <message>
        <source>What changed in this edition</source>
        <translation>本版的更改内容</translation>
    </message>
    <message>
        <source>Briefing pack files (*.briefing)</source>
        <translation>Briefing 资料包文件 (*.briefing)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>signed by %1 (trusted by you)</source>
        <translation>由 %1 签名（您信任的密钥）</translation>
    </message>
    <message>
        <source>signed by %1 (trusted)</source>
        <translation>由 %1 签名（受信任）</translation>
    </message>
    <message>
        <source>signed by an unknown key (it says “%1”; fingerprint %2)</source>
        <translation>由未知密钥签名（声称为“%1”；指纹 %2）</translation>
    </message>
    <message>
        <source>signed by an unknown key (fingerprint %1)</source>
        <translation>由未知密钥签名（指纹 %1）</translation>
    </message>
    <message>
        <source>signature does not verify: %1</source>
        <translation>签名校验失败：%1</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>未签名</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>已通过校验</translation>
    </message>
    <message numerus="yes">
        <source>%n altered: %1</source>
        <translation>
            <numerusform>%n 个文件被改动：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing: %1</source>
        <translation>
            <numerusform>缺少 %n 个文件：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n extra: %1</source>
        <translation>
            <numerusform>多出 %n 个文件：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>NOT verified — %1</source>
        <translation>未通过校验 — %1</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s) changed</source>
        <extracomment>Links to topics in the page: ``topic:&lt;id&gt;``.</extracomment>
        <translation>
            <numerusform>%n 个专题有改动</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s) added</source>
        <translation>
            <numerusform>新增 %n 个专题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>新增 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s) removed</source>
        <translation>
            <numerusform>移除 %n 个专题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>移除 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>no changes</source>
        <translation>没有更改</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>edition %1 of %2</source>
        <translation>第 %1 版（%2）</translation>
    </message>
    <message>
        <source>edition %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <source>edition of %1</source>
        <translation>%1 版</translation>
    </message>
    <message>
        <source>the undated edition</source>
        <translation>未注明日期的版本</translation>
    </message>
    <message>
        <source>Open Pack &amp;File…</source>
        <extracomment>The noting thread sleeps this long after every topic (s). Python threads share one interpreter lock: beside the search indexer, a second busy thread raised the longest stall while typing on a 5,000-topic pack from about 20 ms to 40–58 ms (tests/ui/search/test_latency.py, three runs each); with this pause it was 18–32 ms. Such a pack&apos;s new edition is then noted in about half a minute, unseen; the bundled pack&apos;s in 0.1 s. The widest a status label asks to be, in average characters: a signer&apos;s long name or an unknown key&apos;s fingerprint must leave the status bar&apos;s messages room. (pack, record): the edition of ``pack`` is noted (emitted from the noting thread). (entry): the library now lists the open pack as opened, an :class:`~briefing_app.core.library.shelf.Entry` (emitted from the noting thread). Whether the packs the window opens are recorded in the library and their editions noted (not for a picture).</extracomment>
        <translation>打开资料包文件(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;What Changed…</source>
        <translation>更改内容(&amp;W)…</translation>
    </message>
    <message>
        <source>Pack file</source>
        <translation>资料包文件</translation>
    </message>
    <message>
        <source>What changed?</source>
        <translation>有哪些更改？</translation>
    </message>
    <message>
        <source>Open a briefing pack file</source>
        <translation>打开简报资料包文件</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已通过校验</translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation>未通过校验</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Warning: this pack file is %1</source>
        <translation>警告：此资料包文件%1</translation>
    </message>
    <message>
        <source>%1: %2 since %3</source>
        <translation>%1：自您上次阅读的%3以来，%2</translation>
    </message>
    <message>
        <source>A new edition: %1 since %2. File → What Changed… shows how</source>
        <translation>新版本：自您上次阅读的%2以来，%1。详见“文件 → 更改内容…”</translation>
    </message>
    <message>
        <source>No changes recorded for this edition</source>
        <translation>本版没有记录任何更改</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Preferences</source>
        <extracomment>Settings keys of the brief defaults (the Build Brief dialog starts from them).</extracomment>
        <translation>首选项</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>The interface language changes the next time Briefing starts.</source>
        <translation>界面语言将在下次启动 Briefing 时更改。</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> 个字符</translation>
    </message>
    <message>
        <source>Mark glossary terms in the text</source>
        <translation>在正文中标出术语表中的术语</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>美国信纸（Letter）</translation>
    </message>
    <message>
        <source>The pack&apos;s own marking</source>
        <translation>资料包自带的密级标识</translation>
    </message>
    <message>
        <source>Left off the cover when empty</source>
        <translation>留空则封面上不显示</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>阅读</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>Reading &amp;font:</source>
        <translation>阅读字体(&amp;F)：</translation>
    </message>
    <message>
        <source>Font &amp;size:</source>
        <translation>字号(&amp;S)：</translation>
    </message>
    <message>
        <source>Line &amp;length at most:</source>
        <translation>每行最多(&amp;L)：</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>界面语言(&amp;I)：</translation>
    </message>
    <message>
        <source>New briefs</source>
        <translation>新简报</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>纸张大小(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Marking:</source>
        <translation>密级标识(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>作者(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>重置(&amp;R)</translation>
    </message>
    <message>
        <source>Put back the default settings (your notes are not touched)</source>
        <translation>恢复默认设置（不会改动您的笔记）</translation>
    </message>
</context>
<context>
    <name>Prep</name>
    <message>
        <source>Build &amp;Brief…</source>
        <translation>生成简报(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Export &amp;Notes…</source>
        <translation>导出笔记(&amp;N)…</translation>
    </message>
    <message>
        <source>Back &amp;Up Notes…</source>
        <translation>备份笔记(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Add Selection to Notes</source>
        <translation>将所选内容添加到笔记(&amp;A)</translation>
    </message>
    <message>
        <source>Glossary</source>
        <extracomment>True while the user keeps the notes panel open (View → Notes) on topics without a note; otherwise it shows only on topics that have one.</extracomment>
        <translation>术语表</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Select a passage of a topic to add it to your notes</source>
        <translation>请选择专题中的一段文字，将其添加到笔记</translation>
    </message>
    <message>
        <source>Added to your notes</source>
        <translation>已添加到笔记</translation>
    </message>
    <message>
        <source>Select a passage first, then add it to your notes</source>
        <translation>请先选择一段文字，再将其添加到笔记</translation>
    </message>
    <message>
        <source>Export notes</source>
        <translation>导出笔记</translation>
    </message>
    <message>
        <source>Notes not exported</source>
        <translation>笔记未导出</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation>无法写入 %1：%2。请选择其他文件夹。</translation>
    </message>
    <message>
        <source>Notes exported to %1</source>
        <translation>笔记已导出到 %1</translation>
    </message>
    <message>
        <source>Back up notes and bookmarks</source>
        <translation>备份笔记和书签</translation>
    </message>
    <message>
        <source>Briefing notes backup (*.sqlite3);;All files (*)</source>
        <translation>Briefing 笔记备份 (*.sqlite3);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Notes not backed up</source>
        <translation>笔记未备份</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) not saved yet are not in it</source>
        <translation>
            <numerusform>其中不含 %n 条尚未保存的笔记</numerusform>
        </translation>
    </message>
    <message>
        <source>Export brief</source>
        <translation>导出简报</translation>
    </message>
    <message>
        <source>Brief saved to %1</source>
        <translation>简报已保存到 %1</translation>
    </message>
    <message>
        <source>Brief export cancelled</source>
        <translation>已取消导出简报</translation>
    </message>
    <message>
        <source>Brief not saved</source>
        <translation>简报未保存</translation>
    </message>
    <message>
        <source>Cannot print the brief</source>
        <translation>无法打印简报</translation>
    </message>
    <message>
        <source>Open a topic to print it</source>
        <translation>请先打开一个专题再打印</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Print — %1</source>
        <extracomment>Paints the pages of one document on a printer.</extracomment>
        <translation>打印 — %1</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Pack problems</source>
        <translation>资料包中的问题</translation>
    </message>
    <message>
        <source>What is wrong in the pack&apos;s files, one line each; Enter opens the topic</source>
        <translation>资料包文件中的问题，每行一个；按 Enter 打开对应专题</translation>
    </message>
</context>
<context>
    <name>Reading</name>
    <message>
        <source>Reader</source>
        <extracomment>Topics whose body is longer than this (characters) are shown progressively. Markdown rendered per step when a topic is shown progressively (bytes). Space around the page&apos;s text (device-independent pixels). The At a Glance page&apos;s measure, as a multiple of the reader&apos;s: its two columns side by side, the wider (57 %) holding about a topic page&apos;s line length, centred like a topic page. Images wider than this are scaled down to it (device-independent pixels). Key of the QImage text that :func:`placeholder_image` sets to the words it shows.</extracomment>
        <translation>阅读区</translation>
    </message>
    <message>
        <source>The page shown: a topic, a glossary term or the whole glossary; links open topics and terms</source>
        <translation>当前页面：专题、术语或整个术语表；链接可打开专题和术语</translation>
    </message>
    <message>
        <source>Topic: %1, section %2</source>
        <extracomment>Actions listed under the standard entries of the context menu.</extracomment>
        <translation>专题：%1，%2 一节</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>专题：%1</translation>
    </message>
    <message>
        <source>Glossary: %1</source>
        <translation>术语表：%1</translation>
    </message>
    <message>
        <source>Section: %1</source>
        <translation>章节：%1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>电子邮件：%1</translation>
    </message>
    <message>
        <source>Web page: %1</source>
        <translation>网页：%1</translation>
    </message>
    <message>
        <source>File in the pack: %1</source>
        <translation>资料包中的文件：%1</translation>
    </message>
    <message>
        <source>Link refused: %1</source>
        <translation>已拒绝的链接：%1</translation>
    </message>
    <message>
        <source>Link refused: %1 is not a page of this pack</source>
        <translation>已拒绝链接：%1 不是此资料包中的页面</translation>
    </message>
    <message>
        <source>Image refused: %1</source>
        <translation>已拒绝图片：%1</translation>
    </message>
    <message>
        <source>Image not found: %1</source>
        <translation>找不到图片：%1</translation>
    </message>
    <message>
        <source>Image could not be read: %1</source>
        <translation>无法读取图片：%1</translation>
    </message>
</context>
<context>
    <name>Rehearsal</name>
    <message>
        <source>No talking points to rehearse in the topics chosen.

Add talking_points (and key_facts) to a topic&apos;s front matter, or press T to choose other topics.</source>
        <extracomment>Minutes allowed for a point when the timer is on, by default, and the most. Type sizes (points) of the talking point and of the key facts. The countdown&apos;s resolution (ms). Shown instead of a card when the topics chosen have no talking points (English; shown translated).</extracomment>
        <translation>所选专题中没有可演练的谈话要点。

请在专题的前置元数据（front matter）中添加 talking_points（以及 key_facts），或按 T 选择其他专题。</translation>
    </message>
    <message>
        <source>Rehearse — Briefing</source>
        <translation>演练 — Briefing</translation>
    </message>
    <message>
        <source>Space: show the key facts</source>
        <translation>空格键：显示关键事实</translation>
    </message>
    <message>
        <source>&amp;Timer</source>
        <translation>计时(&amp;T)</translation>
    </message>
    <message>
        <source>Count down the time allowed for each point</source>
        <translation>为每个要点倒计时</translation>
    </message>
    <message>
        <source> min a point</source>
        <translation> 分钟/要点</translation>
    </message>
    <message>
        <source>Minutes for each point</source>
        <translation>每个要点的分钟数</translation>
    </message>
    <message>
        <source>Time left for this point</source>
        <translation>此要点的剩余时间</translation>
    </message>
    <message>
        <source>T&amp;opics…</source>
        <translation>专题(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Leave (Esc)</source>
        <translation>退出(&amp;L) (Esc)</translation>
    </message>
    <message>
        <source>Space: key facts · → PgDn Enter: next · ← PgUp: previous · T: topics · Esc: leave</source>
        <translation>空格键：关键事实 · → PgDn Enter：下一张 · ← PgUp：上一张 · T：专题 · Esc：退出</translation>
    </message>
    <message>
        <source>Rehearse</source>
        <translation>演练</translation>
    </message>
    <message>
        <source>point %1 of %2</source>
        <translation>第 %1 个要点，共 %2 个</translation>
    </message>
    <message>
        <source>card %1 of %2</source>
        <translation>第 %1 张卡片，共 %2 张</translation>
    </message>
    <message>
        <source>(No talking point: the key facts follow.)</source>
        <translation>（没有谈话要点：下面是关键事实。）</translation>
    </message>
    <message>
        <source>Key facts</source>
        <translation>关键事实</translation>
    </message>
    <message>
        <source>No key facts.</source>
        <translation>没有关键事实。</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>时间到</translation>
    </message>
    <message>
        <source>Rehearse which topics?</source>
        <translation>演练哪些专题？</translation>
    </message>
    <message>
        <source>Topics to rehearse</source>
        <translation>要演练的专题</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>全不选(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>Tick the topics whose talking points you want to rehearse:</source>
        <translation>勾选要演练其谈话要点的专题：</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Indexing… %p%</source>
        <extracomment>Settings key of the scope chosen in the panel: &quot;pack&quot; or &quot;all&quot;. Pause in typing, in milliseconds, after which the box&apos;s text is searched. An answer not come after this many ms is said to be on its way (a pack being indexed). How long the &quot;index ready&quot; message stays in the status bar (ms).</extracomment>
        <translation>正在建立索引… %p%</translation>
    </message>
    <message>
        <source>Search indexing progress</source>
        <translation>搜索索引进度</translation>
    </message>
    <message>
        <source>Indexing: quick matches for now</source>
        <translation>正在建立索引：暂时仅显示快速匹配</translation>
    </message>
    <message>
        <source>Loading the pack: only the open topic is searched for now</source>
        <translation>正在加载资料包：暂时仅搜索当前打开的专题</translation>
    </message>
    <message>
        <source>Indexing… %1%: quick matches for now</source>
        <translation>正在建立索引… %1%：暂时仅显示快速匹配</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>Search index loaded in %1</source>
        <translation>搜索索引已加载，用时 %1</translation>
    </message>
    <message>
        <source>Search index built in %1</source>
        <translation>搜索索引已建立，用时 %1</translation>
    </message>
    <message>
        <source>Full-text search unavailable: quick matches only</source>
        <translation>全文搜索不可用：仅显示快速匹配</translation>
    </message>
    <message>
        <source>Search index could not be made (%1); searching by plain text instead</source>
        <translation>无法建立搜索索引（%1）；改为按纯文本搜索</translation>
    </message>
    <message>
        <source>Type in the search box (Ctrl+K) to search every topic and glossary term.</source>
        <extracomment>The status line before anything is searched (a panel restored open at start, say); English, shown as ``Search.tr(HINT)``.</extracomment>
        <translation>在搜索框（Ctrl+K）中输入内容，即可搜索所有专题和术语。</translation>
    </message>
    <message>
        <source>This pack</source>
        <extracomment>The scopes of a search: the pack shown, or every pack of the library (English; shown as ``Search.tr(text)``).</extracomment>
        <translation>此资料包</translation>
    </message>
    <message>
        <source>All packs</source>
        <translation>所有资料包</translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>Rows laid out per pass of the event loop. Suggestions longer than this are shown cut, with &quot;…&quot; (the button&apos;s tooltip has them whole). Suggestion buttons look like links, in the palette&apos;s link colour.</extracomment>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Search &amp;in:</source>
        <translation>搜索范围(&amp;I)：</translation>
    </message>
    <message>
        <source>Search in</source>
        <translation>搜索范围</translation>
    </message>
    <message>
        <source>Search the pack shown, or every pack of your library (File → Library)</source>
        <translation>在当前资料包中搜索，或在资料库的所有资料包中搜索（文件 → 资料库）</translation>
    </message>
    <message>
        <source>Did you mean:</source>
        <translation>您是不是要找：</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>Topics and glossary terms found; Enter opens one with the matches marked</source>
        <translation>找到的专题和术语；按 Enter 打开并标记匹配项</translation>
    </message>
    <message>
        <source>Search for:</source>
        <extracomment>The hit the user moved to or opened for the listed query (kind, id), if any.</extracomment>
        <translation>搜索：</translation>
    </message>
    <message>
        <source>No results for %1. Showing results for %2.</source>
        <translation>未找到 %1 的结果。显示的是 %2 的结果。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s) for %1</source>
        <translation>
            <numerusform>%1 共有 %Ln 条结果</numerusform>
        </translation>
    </message>
    <message>
        <source>No results for %1.</source>
        <translation>未找到 %1 的结果。</translation>
    </message>
    <message>
        <source>Check the spelling, or try fewer or shorter words.</source>
        <translation>请检查拼写，或尝试使用更少或更短的词。</translation>
    </message>
    <message>
        <source>Searching every pack for %1…</source>
        <translation>正在所有资料包中搜索 %1…</translation>
    </message>
    <message>
        <source>Searching for %1…</source>
        <translation>正在搜索 %1…</translation>
    </message>
    <message>
        <source>Search for %1</source>
        <translation>搜索 %1</translation>
    </message>
    <message>
        <source>Topic</source>
        <extracomment>The hit&apos;s kind, ``&quot;topic&quot;`` or ``&quot;term&quot;`` (str). The topic or term id (str). The snippet as HTML, matches in ``&lt;b&gt;`` (str). The whole row as HTML for the delegate: title, then snippet (str). The title of the pack the hit is from, in an all-packs search; &quot;&quot; otherwise (str). A hit&apos;s kind as the list reads it out (English; read as ``Search.tr(name)``).</extracomment>
        <translation>专题</translation>
    </message>
    <message>
        <source>Glossary term</source>
        <translation>术语</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>位于“%1”</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Window</source>
        <extracomment>Menu path of actions added to the window but to no menu (English; shown translated).</extracomment>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <extracomment>Separator between the menus of a path (&quot;View › Theme&quot;). A mnemonic written after the text, as Chinese and Japanese menus do: &quot;文件(&amp;F)&quot;.</extracomment>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Filter by command, menu or key</source>
        <translation>按命令、菜单或按键筛选</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>筛选快捷键</translation>
    </message>
    <message>
        <source>Type part of a command, a menu or a key to list only what matches</source>
        <translation>输入命令、菜单或按键的一部分，仅列出匹配项</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>菜单</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Each command of the menus with its keys and the menu it is in</source>
        <translation>菜单中的每个命令及其按键和所在菜单</translation>
    </message>
    <message>
        <source>F6 and Shift+F6 move between the panes; Tab moves within one. Alt and a menu&apos;s underlined letter open that menu.</source>
        <translation>F6 和 Shift+F6 在窗格之间切换；Tab 在窗格内移动。按 Alt 加菜单中带下划线的字母可打开该菜单。</translation>
    </message>
</context>
<context>
    <name>Starred</name>
    <message>
        <source>Bookmarks</source>
        <translation>书签</translation>
    </message>
    <message>
        <source>No bookmarks yet: press Ctrl+D on a topic to star it.</source>
        <translation>还没有书签：在专题上按 Ctrl+D 即可加星标。</translation>
    </message>
    <message>
        <source>Bookmarked topics</source>
        <translation>已加书签的专题</translation>
    </message>
    <message>
        <source>The topics you starred; Enter opens one</source>
        <translation>您加了星标的专题；按 Enter 打开</translation>
    </message>
    <message>
        <source>&amp;Bookmark This Topic</source>
        <translation>将此专题加入书签(&amp;B)</translation>
    </message>
    <message>
        <source>Bookmarks &amp;Panel</source>
        <translation>书签面板(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>书签(&amp;B)</translation>
    </message>
    <message>
        <source>Bookmarked “%1”</source>
        <translation>已将“%1”加入书签</translation>
    </message>
    <message>
        <source>Bookmark removed: “%1”</source>
        <translation>已移除书签：“%1”</translation>
    </message>
    <message>
        <source>Remove &amp;Bookmark</source>
        <translation>移除书签(&amp;B)</translation>
    </message>
    <message>
        <source>(no bookmarks)</source>
        <translation>（没有书签）</translation>
    </message>
</context>
<context>
    <name>TermLinks</name>
    <message>
        <source>&amp;Link Glossary Terms</source>
        <extracomment>The settings key of the &quot;link glossary terms&quot; switch (1 on, 0 off).</extracomment>
        <translation>标记术语表中的术语(&amp;L)</translation>
    </message>
    <message>
        <source>Mark glossary terms in the text; hover one for its definition</source>
        <translation>在正文中标记术语；将指针悬停在术语上可查看释义</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>MMMM yyyy</source>
        <comment>a month, as a QDate format writes it</comment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>a day, as a QDate format writes it</comment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>%1–d MMMM yyyy</source>
        <comment>days of one month; %1 is the first day</comment>
        <translation>yyyy年M月%1–d日</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a period: its first and its last date</comment>
        <translation>%1至%2</translation>
    </message>
    <message>
        <source>Timeline</source>
        <extracomment>Height of a lane and of the axis band (pixels); marker radius. Scale limits (pixels a year) and the factor of one zoom step. Space (pixels) the opaque backing of a label keeps either side of its text, and the backing&apos;s place in the drawing: over gridlines and period bars (0), under markers (2) and labels (3), so no line runs through a label. Item data key holding the index of the event an item belongs to.</extracomment>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Events on a time axis; Ctrl+wheel or + and - zoom, click an event to open its topic</source>
        <translation>时间轴上的事件；Ctrl+滚轮或 + 和 - 可缩放，单击事件可打开其专题</translation>
    </message>
    <message>
        <source>Click to open the topic</source>
        <translation>单击打开专题</translation>
    </message>
    <message>
        <source>This pack has no timeline.

To add one, put a file timeline.yaml in the pack folder: a list of events, each with a date (YYYY, YYYY-MM or YYYY-MM-DD), a title and the ids of the topics that tell more. Help → User Guide links to the format; run “briefing-app check” on the pack to see any mistakes.</source>
        <extracomment>Shown instead of the drawing when the pack has no timeline (English; shown translated).</extracomment>
        <translation>此资料包没有时间线。

如需添加，请在资料包文件夹中放入 timeline.yaml 文件，列出各个事件：每个事件包含日期（YYYY、YYYY-MM 或 YYYY-MM-DD）、标题，以及详细介绍该事件的专题 ID。“帮助 → 用户指南”中有格式说明的链接；对资料包运行“briefing-app check”可查看其中的错误。</translation>
    </message>
    <message>
        <source>Show the events of</source>
        <translation>显示以下专题的事件</translation>
    </message>
    <message>
        <source>Zoom out (−, Ctrl+wheel)</source>
        <translation>缩小 (−, Ctrl+滚轮)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom in (+, Ctrl+wheel)</source>
        <translation>放大 (+, Ctrl+滚轮)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Fit the whole timeline to the window (0)</source>
        <translation>使整个时间线适应窗口 (0)</translation>
    </message>
    <message>
        <source>Fit the whole timeline to the window</source>
        <translation>使整个时间线适应窗口</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the timeline as an SVG or PNG image</source>
        <translation>将时间线保存为 SVG 或 PNG 图像</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>Timeline — %1</source>
        <translation>时间线 — %1</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>所有专题</translation>
    </message>
    <message>
        <source>No events.</source>
        <translation>没有事件。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n event(s)</source>
        <translation>
            <numerusform>显示 %1 个，共 %n 个事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n 个事件</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the timeline</source>
        <translation>导出时间线</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Timeline not exported</source>
        <translation>时间线未导出</translation>
    </message>
    <message>
        <source>Could not write %1; choose another folder.</source>
        <translation>无法写入 %1；请选择其他文件夹。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1: use a name ending in .svg or .png.</source>
        <translation>%1：请使用以 .svg 或 .png 结尾的文件名。</translation>
    </message>
</context>
<context>
    <name>Topics</name>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>(You have notes on this topic.)</source>
        <extracomment>True for topics the user has notes on (see :meth:`TopicTreeModel.set_noted`). True for topics a new edition changed or added that the user has not opened since (see :meth:`TopicTreeModel.set_changed`); shown in bold.</extracomment>
        <translation>（您对此专题有笔记。）</translation>
    </message>
    <message>
        <source>(Changed in this edition; not opened since.)</source>
        <translation>（本版有改动；尚未打开。）</translation>
    </message>
    <message>
        <source>Topics</source>
        <extracomment>A pack with more topics than this opens with its groups folded (the open topic&apos;s unfolded): its top level is a table of contents, where 20,000 rows would be a list to scroll.</extracomment>
        <translation>专题</translation>
    </message>
    <message>
        <source>The pack&apos;s topics in reading order; choose one to read it</source>
        <translation>按阅读顺序排列的资料包专题；选择一个即可阅读</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>Search the briefing (Ctrl+K)</source>
        <extracomment>Search is built this long after the window is shown (ms) if the reader has not painted by then: a reader squeezed to nothing by the splitter, or a minimised window, never paints.</extracomment>
        <translation>搜索简报资料 (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Finds topics and glossary terms as you type; Down chooses a result, Enter opens it</source>
        <translation>输入时即查找专题和术语；按向下键选择结果，按 Enter 打开</translation>
    </message>
    <message>
        <source>%1 — Briefing</source>
        <translation>%1 — Briefing</translation>
    </message>
    <message>
        <source>Loading topics…</source>
        <translation>正在加载专题…</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <source>No topic “%1” in this pack; showing the first topic</source>
        <translation>此资料包中没有专题“%1”；已显示第一个专题</translation>
    </message>
    <message>
        <source>Open a briefing pack</source>
        <translation>打开简报资料包</translation>
    </message>
    <message>
        <source>Cannot open pack</source>
        <translation>无法打开资料包</translation>
    </message>
    <message>
        <source>%1 has no usable topics.</source>
        <translation>%1 中没有可用的专题。</translation>
    </message>
    <message>
        <source>Loading topics… %1 of %2</source>
        <translation>正在加载专题… 第 %1 个，共 %2 个</translation>
    </message>
    <message>
        <source>Reloading: %1</source>
        <translation>正在重新加载：%1</translation>
    </message>
    <message>
        <source>The other topics could not be loaded; see the status bar</source>
        <translation>无法加载其余专题；请查看状态栏</translation>
    </message>
    <message numerus="yes">
        <source>%Ln topic(s)</source>
        <translation>
            <numerusform>%Ln 个专题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln term(s)</source>
        <translation>
            <numerusform>%Ln 个术语</numerusform>
        </translation>
    </message>
    <message>
        <source>No topic “%1” in this pack</source>
        <translation>此资料包中没有专题“%1”</translation>
    </message>
    <message>
        <source>No glossary term “%1” in this pack</source>
        <translation>此资料包中没有术语“%1”</translation>
    </message>
    <message>
        <source>This link opens a new message in your mail program:

%1

Open it?</source>
        <translation>此链接将在您的邮件程序中新建一封邮件：

%1

要打开吗？</translation>
    </message>
    <message>
        <source>This link leaves the briefing and opens in your web browser:

%1

Open it?</source>
        <translation>此链接将离开简报资料并在网页浏览器中打开：

%1

要打开吗？</translation>
    </message>
    <message>
        <source>Open external link?</source>
        <translation>打开外部链接？</translation>
    </message>
    <message>
        <source>External link not opened</source>
        <translation>未打开外部链接</translation>
    </message>
    <message>
        <source>&amp;Search Results</source>
        <translation>搜索结果(&amp;S)</translation>
    </message>
    <message>
        <source>Notes not saved</source>
        <translation>笔记未保存</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) could not be saved:</source>
        <translation>
            <numerusform>有 %n 条笔记无法保存：</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit anyway and lose them? Choose No to copy them somewhere first.</source>
        <translation>仍要退出并丢失这些笔记吗？选择“否”可先将其复制到别处。</translation>
    </message>
</context>
</TS>
