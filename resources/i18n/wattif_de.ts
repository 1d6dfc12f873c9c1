<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>EnergyChart</name>
    <message>
        <location filename="../../gui/energy_chart.py" line="86" />
        <source>Energy per year</source>
        <translation>Energie pro Jahr</translation>
    </message>
    <message>
        <source>IEA: all data centres worldwide</source>
        <translation>IEA: alle Rechenzentren weltweit</translation>
    </message>
    <message>
        <location filename="../../gui/energy_chart.py" line="156" />
        <source>Energy [{0}]</source>
        <translation>Energie [{0}]</translation>
    </message>
    <message>
        <location filename="../../gui/energy_chart.py" line="189" />
        <location filename="../../gui/energy_chart.py" line="193" />
        <source>scenario {0}</source>
        <translation>Szenario {0}</translation>
    </message>
    <message>
        <location filename="../../gui/energy_chart.py" line="191" />
        <location filename="../../gui/energy_chart.py" line="198" />
        <source>baseline {0}</source>
        <translation>Basis {0}</translation>
    </message>
    <message>
        <location filename="../../gui/energy_chart.py" line="220" />
        <source>IEA, all data centres worldwide:</source>
        <translation>IEA, alle Rechenzentren weltweit:</translation>
    </message>
    <message>
        <location filename="../../gui/energy_chart.py" line="225" />
        <source>scenario {0}: {1} % of it</source>
        <translation>Szenario {0}: {1} % davon</translation>
    </message>
</context>
<context>
    <name>EnvironmentChart</name>
    <message>
        <location filename="../../gui/environment_chart.py" line="22" />
        <source>Emissions</source>
        <translation>Emissionen</translation>
    </message>
    <message>
        <location filename="../../gui/environment_chart.py" line="24" />
        <source>Water</source>
        <translation>Wasser</translation>
    </message>
    <message>
        <location filename="../../gui/environment_chart.py" line="26" />
        <source>Electricity cost</source>
        <translation>Stromkosten</translation>
    </message>
    <message>
        <location filename="../../gui/environment_chart.py" line="29" />
        <source>CO₂e, water and cost</source>
        <translation>CO₂e, Wasser und Kosten</translation>
    </message>
</context>
<context>
    <name>FleetChart</name>
    <message>
        <location filename="../../gui/fleet_chart.py" line="22" />
        <source>Accelerators</source>
        <translation>Beschleuniger</translation>
    </message>
    <message>
        <location filename="../../gui/fleet_chart.py" line="24" />
        <source>Power provisioned</source>
        <translation>Installierte Leistung</translation>
    </message>
    <message>
        <location filename="../../gui/fleet_chart.py" line="26" />
        <source>Racks</source>
        <translation>Racks</translation>
    </message>
    <message>
        <location filename="../../gui/fleet_chart.py" line="29" />
        <source>Fleet and power</source>
        <translation>Flotte und Leistung</translation>
    </message>
</context>
<context>
    <name>KpiStrip</name>
    <message>
        <location filename="../../gui/kpi_strip.py" line="118" />
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location filename="../../gui/kpi_strip.py" line="119" />
        <source>▲▼ vs baseline</source>
        <translation>▲▼ ggü. Basis</translation>
    </message>
    <message>
        <location filename="../../gui/kpi_strip.py" line="124" />
        <source>The year the numbers and the per-query charts show</source>
        <translation>Das Jahr, das die Kennzahlen und die Diagramme pro Anfrage zeigen</translation>
    </message>
    <message>
        <location filename="../../gui/kpi_strip.py" line="164" />
        <source>Energy per year</source>
        <translation>Energie pro Jahr</translation>
    </message>
    <message>
        <location filename="../../gui/kpi_strip.py" line="166" />
        <source>Energy per query</source>
        <translation>Energie pro Anfrage</translation>
    </message>
    <message>
        <location filename="../../gui/kpi_strip.py" line="167" />
        <source>Emissions (CO₂e)</source>
        <translation>Emissionen (CO₂e)</translation>
    </message>
    <message>
        <location filename="../../gui/kpi_strip.py" line="168" />
        <source>Water on site</source>
        <translation>Wasser vor Ort</translation>
    </message>
    <message>
        <location filename="../../gui/kpi_strip.py" line="169" />
        <source>Electricity cost</source>
        <translation>Stromkosten</translation>
    </message>
    <message>
        <location filename="../../gui/kpi_strip.py" line="170" />
        <source>Accelerators</source>
        <translation>Beschleuniger</translation>
    </message>
    <message>
        <location filename="../../gui/kpi_strip.py" line="171" />
        <source>Power provisioned</source>
        <translation>Installierte Leistung</translation>
    </message>
    <message>
        <location filename="../../gui/kpi_strip.py" line="172" />
        <source>Households (equiv.)</source>
        <translation>Haushalte (Äquiv.)</translation>
    </message>
    <message>
        <location filename="../../gui/kpi_strip.py" line="283" />
        <source>= baseline</source>
        <translation>= Basis</translation>
    </message>
    <message>
        <location filename="../../gui/kpi_strip.py" line="291" />
        <source>Baseline: {0}</source>
        <translation>Basis: {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="125" />
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="175" />
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="192" />
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="209" />
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="210" />
        <source>Start from the default scenario</source>
        <translation>Mit dem Standardszenario beginnen</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="211" />
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="212" />
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="213" />
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="214" />
        <source>Export to &amp;Excel…</source>
        <translation>Nach &amp;Excel exportieren…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="215" />
        <source>A workbook with inputs, results and charts</source>
        <translation>Eine Arbeitsmappe mit Eingaben, Ergebnissen und Diagrammen</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="216" />
        <source>Export charts as &amp;PNG…</source>
        <translation>Diagramme als &amp;PNG exportieren…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="217" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="218" />
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="220" />
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="222" />
        <source>Set current as &amp;baseline</source>
        <translation>Aktuelles als &amp;Basis setzen</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="224" />
        <source>Compare everything against the current scenario</source>
        <translation>Alles mit dem aktuellen Szenario vergleichen</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="225" />
        <source>&amp;Reset to baseline</source>
        <translation>Auf Basis &amp;zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="227" />
        <source>Make the scenario equal to the baseline</source>
        <translation>Das Szenario gleich der Basis setzen</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="228" />
        <source>Re&amp;name scenario…</source>
        <translation>Szenario &amp;umbenennen…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="229" />
        <source>The name shown in the workbook and the window title</source>
        <translation>Der Name in der Arbeitsmappe und im Fenstertitel</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="230" />
        <source>Show &amp;IEA data-centre totals</source>
        <translation>&amp;IEA-Gesamtwerte der Rechenzentren zeigen</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="232" />
        <source>Context: all data centres worldwide, 2024 and 2030 (IEA)</source>
        <translation>Kontext: alle Rechenzentren weltweit, 2024 und 2030 (IEA)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="235" />
        <source>&amp;Presentation mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="242" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="244" />
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="253" />
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="256" />
        <source>&amp;Scenario</source>
        <translation>&amp;Szenario</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="261" />
        <source>&amp;Presets</source>
        <translation>&amp;Vorlagen</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="273" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="280" />
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="283" />
        <source>System default</source>
        <translation>Systemeinstellung</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="291" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="292" />
        <source>&amp;About WattIf</source>
        <translation>&amp;Über WattIf</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="303" />
        <location filename="../../gui/main_window.py" line="383" />
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="312" />
        <source>Rename scenario</source>
        <translation>Szenario umbenennen</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="312" />
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="340" />
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="341" />
        <source>The language changes when WattIf is started again.</source>
        <translation>Die Sprache wechselt beim nächsten Start von WattIf.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="372" />
        <source>Clear list</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="385" />
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="386" />
        <source>Save the changes to “{0}” first?</source>
        <translation>Änderungen an „{0}“ zuerst speichern?</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="400" />
        <source>New scenario from the default preset</source>
        <translation>Neues Szenario aus der Standardvorlage</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="411" />
        <source>Open scenario</source>
        <translation>Szenario öffnen</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="426" />
        <source>Cannot open scenario</source>
        <translation>Szenario kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="427" />
        <source>The file could not be opened; your current scenario is unchanged.</source>
        <translation>Die Datei konnte nicht geöffnet werden; Ihr aktuelles Szenario ist unverändert.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="436" />
        <source>Opened {0}</source>
        <translation>{0} geöffnet</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="447" />
        <source>Save scenario</source>
        <translation>Szenario speichern</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="465" />
        <source>Cannot save scenario</source>
        <translation>Szenario kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="472" />
        <source>Saved {0}</source>
        <translation>{0} gespeichert</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="481" />
        <source>Load preset “{0}”</source>
        <translation>Vorlage „{0}“ laden</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="482" />
        <source>Preset: {0}</source>
        <translation>Vorlage: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="489" />
        <location filename="../../gui/main_window.py" line="495" />
        <location filename="../../gui/main_window.py" line="506" />
        <location filename="../../gui/main_window.py" line="546" />
        <source>Export to Excel</source>
        <translation>Nach Excel exportieren</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="490" />
        <source>Excel export is not available in this version of WattIf (the module wattif.core.excel is missing).</source>
        <translation>Der Excel-Export ist in dieser Version von WattIf nicht verfügbar (das Modul wattif.core.excel fehlt).</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="496" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="505" />
        <source>Writing the workbook…</source>
        <translation>Arbeitsmappe wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="541" />
        <location filename="../../gui/main_window.py" line="563" />
        <source>Exported {0}</source>
        <translation>{0} exportiert</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="547" />
        <source>The workbook could not be written.</source>
        <translation>Die Arbeitsmappe konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="556" />
        <location filename="../../gui/main_window.py" line="560" />
        <source>Export charts</source>
        <translation>Diagramme exportieren</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="557" />
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="561" />
        <source>Could not write {0}</source>
        <translation>{0} konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="588" />
        <source>About WattIf</source>
        <translation>Über WattIf</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="589" />
        <source>&lt;b&gt;WattIf {0}&lt;/b&gt;&lt;br&gt;A what-if analyzer for the energy use of AI.&lt;br&gt;Every default has a source: see View → Sources.</source>
        <translation>&lt;b&gt;WattIf {0}&lt;/b&gt;&lt;br&gt;Ein Was-wäre-wenn-Rechner für den Energiebedarf von KI.&lt;br&gt;Jeder Standardwert hat eine Quelle: siehe Ansicht → Quellen.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="595" />
        <source>Please wait for the export to finish</source>
        <translation>Bitte warten, bis der Export fertig ist</translation>
    </message>
</context>
<context>
    <name>ParameterPanel</name>
    <message>
        <location filename="../../gui/parameter_panel.py" line="81" />
        <source>Set from a country…</source>
        <translation>Aus einem Land übernehmen…</translation>
    </message>
</context>
<context>
    <name>ParameterRow</name>
    <message>
        <location filename="../../gui/parameter_row.py" line="93" />
        <source>Reset to the default ({0})</source>
        <translation>Auf den Standardwert zurücksetzen ({0})</translation>
    </message>
    <message>
        <location filename="../../gui/parameter_row.py" line="95" />
        <location filename="../../gui/parameter_row.py" line="300" />
        <source>Reset {0}</source>
        <translation>{0} zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../gui/parameter_row.py" line="168" />
        <source>{0}: '{1}' is not a number; allowed {2}</source>
        <translation>{0}: „{1}“ ist keine Zahl; erlaubt {2}</translation>
    </message>
    <message>
        <location filename="../../gui/parameter_row.py" line="197" />
        <source>Choose {0}</source>
        <translation>{0} wählen</translation>
    </message>
    <message>
        <location filename="../../gui/parameter_row.py" line="204" />
        <source>{0} to {1}</source>
        <translation>{0} bis {1}</translation>
    </message>
    <message>
        <location filename="../../gui/parameter_row.py" line="209" />
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <location filename="../../gui/parameter_row.py" line="209" />
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location filename="../../gui/parameter_row.py" line="223" />
        <source>Range</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../../gui/parameter_row.py" line="223" />
        <source>Plausible</source>
        <translation>Plausibel</translation>
    </message>
    <message>
        <location filename="../../gui/parameter_row.py" line="224" />
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../gui/parameter_row.py" line="224" />
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../../gui/parameter_row.py" line="270" />
        <source>Change {0}</source>
        <translation>{0} ändern</translation>
    </message>
    <message>
        <location filename="../../gui/parameter_row.py" line="291" />
        <source>{0}: {1} is outside the allowed range {2}; set to {3}</source>
        <translation>{0}: {1} liegt außerhalb des erlaubten Bereichs {2}; auf {3} gesetzt</translation>
    </message>
</context>
<context>
    <name>PerQueryChart</name>
    <message>
        <location filename="../../gui/per_query_chart.py" line="34" />
        <source>Energy per query</source>
        <translation>Energie pro Anfrage</translation>
    </message>
    <message>
        <location filename="../../gui/per_query_chart.py" line="81" />
        <source>Energy per query {0}: {1} Wh</source>
        <translation>Energie pro Anfrage {0}: {1} Wh</translation>
    </message>
    <message>
        <location filename="../../gui/per_query_chart.py" line="83" />
        <source>Wh per query · baseline {0} Wh</source>
        <translation>Wh pro Anfrage · Basis {0} Wh</translation>
    </message>
    <message>
        <source>Wh per query · baseline (dashed) {0} Wh</source>
        <translation type="vanished">Wh pro Anfrage · Basis (gestrichelt) {0} Wh</translation>
    </message>
</context>
<context>
    <name>PublishedChart</name>
    <message>
        <location filename="../../gui/published_chart.py" line="29" />
        <source>Published figures per query</source>
        <translation>Veröffentlichte Werte pro Anfrage</translation>
    </message>
    <message>
        <location filename="../../gui/published_chart.py" line="35" />
        <source>Energy per query [Wh, log scale]</source>
        <translation>Energie pro Anfrage [Wh, log. Skala]</translation>
    </message>
    <message>
        <location filename="../../gui/published_chart.py" line="38" />
        <source>Google: Gemini median prompt (2025)</source>
        <translation>Google: Median-Prompt Gemini (2025)</translation>
    </message>
    <message>
        <location filename="../../gui/published_chart.py" line="39" />
        <source>Epoch AI: GPT-4o estimate (2025)</source>
        <translation>Epoch AI: Schätzung GPT-4o (2025)</translation>
    </message>
    <message>
        <location filename="../../gui/published_chart.py" line="40" />
        <source>OpenAI: average ChatGPT query (2025)</source>
        <translation>OpenAI: mittlere ChatGPT-Anfrage (2025)</translation>
    </message>
    <message>
        <location filename="../../gui/published_chart.py" line="41" />
        <source>de Vries: ChatGPT request (2023)</source>
        <translation>de Vries: ChatGPT-Anfrage (2023)</translation>
    </message>
    <message>
        <location filename="../../gui/published_chart.py" line="118" />
        <source>A web search: {0} Wh</source>
        <translation>Eine Websuche: {0} Wh</translation>
    </message>
    <message>
        <location filename="../../gui/published_chart.py" line="122" />
        <source>Baseline {0}: {1} Wh</source>
        <translation>Basis {0}: {1} Wh</translation>
    </message>
    <message>
        <location filename="../../gui/published_chart.py" line="126" />
        <source>This scenario {0}: {1} Wh</source>
        <translation>Dieses Szenario {0}: {1} Wh</translation>
    </message>
</context>
<context>
    <name>ScenarioModel</name>
    <message>
        <location filename="../../gui/scenario_model.py" line="200" />
        <source>Change {0}</source>
        <translation>{0} ändern</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_model.py" line="251" />
        <source>Reset to baseline</source>
        <translation>Auf Basis zurücksetzen</translation>
    </message>
</context>
<context>
    <name>WaterfallChart</name>
    <message>
        <location filename="../../gui/waterfall_chart.py" line="32" />
        <source>Savings by measure</source>
        <translation>Einsparung je Maßnahme</translation>
    </message>
    <message>
        <location filename="../../gui/waterfall_chart.py" line="59" />
        <source>Switch on measures in the panel to see what each one saves</source>
        <translation>Maßnahmen im Bedienfeld einschalten, um ihre Einsparung zu sehen</translation>
    </message>
    <message>
        <location filename="../../gui/waterfall_chart.py" line="76" />
        <source>Baseline</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../../gui/waterfall_chart.py" line="80" />
        <source>Other changes</source>
        <translation>Andere Änderungen</translation>
    </message>
    <message>
        <location filename="../../gui/waterfall_chart.py" line="89" />
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <location filename="../../gui/waterfall_chart.py" line="103" />
        <source>Energy in {0} [{1}]</source>
        <translation>Energie {0} [{1}]</translation>
    </message>
</context>
<context>
    <name>chart</name>
    <message>
        <location filename="../../gui/chart_base.py" line="109" />
        <source>billion</source>
        <translation>Mrd.</translation>
    </message>
    <message>
        <location filename="../../gui/chart_base.py" line="110" />
        <source>million</source>
        <translation>Mio.</translation>
    </message>
    <message>
        <location filename="../../gui/chart_base.py" line="111" />
        <source>thousand</source>
        <translation>Tsd.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../gui/errors.py" line="48" />
        <source>WattIf</source>
        <translation>WattIf</translation>
    </message>
    <message>
        <location filename="../../gui/errors.py" line="52" />
        <source>Something went wrong, but your scenario is safe.</source>
        <translation>Etwas ist schiefgegangen, aber Ihr Szenario ist sicher.</translation>
    </message>
    <message>
        <location filename="../../gui/errors.py" line="56" />
        <source>{0}: {1}

The details were written to the log{2}.</source>
        <translation>{0}: {1}

Die Einzelheiten stehen im Protokoll{2}.</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <location filename="../../gui/formatting.py" line="49" />
        <source>bn</source>
        <translation>Mrd.</translation>
    </message>
    <message>
        <location filename="../../gui/formatting.py" line="50" />
        <source>M</source>
        <translation>Mio.</translation>
    </message>
    <message>
        <location filename="../../gui/formatting.py" line="51" />
        <source>k</source>
        <translation>Tsd.</translation>
    </message>
    <message>
        <location filename="../../gui/formatting.py" line="118" />
        <source>new</source>
        <translation>neu</translation>
    </message>
</context>
</TS>