<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>EnergyChart</name>
    <message>
        <location filename="../../gui/energy_chart.py" line="88" />
        <source>Energy per year</source>
        <translation>Energie pro Jahr</translation>
    </message>
    <message>
        <source>IEA: all data centres worldwide</source>
        <translation>IEA: alle Rechenzentren weltweit</translation>
    </message>
    <message>
        <location filename="../../gui/energy_chart.py" line="164" />
        <source>Energy [{0}]</source>
        <translation>Energie [{0}]</translation>
    </message>
    <message>
        <location filename="../../gui/energy_chart.py" line="198" />
        <location filename="../../gui/energy_chart.py" line="209" />
        <source>scenario {0}</source>
        <translation>Szenario {0}</translation>
    </message>
    <message>
        <location filename="../../gui/energy_chart.py" line="203" />
        <location filename="../../gui/energy_chart.py" line="215" />
        <source>baseline {0}</source>
        <translation>Basis {0}</translation>
    </message>
    <message>
        <location filename="../../gui/energy_chart.py" line="246" />
        <source>IEA, all data centres worldwide:</source>
        <translation>IEA, alle Rechenzentren weltweit:</translation>
    </message>
    <message>
        <location filename="../../gui/energy_chart.py" line="252" />
        <source>scenario {0}: {1} % of it</source>
        <translation>Szenario {0}: {1} % davon</translation>
    </message>
</context>
<context>
    <name>EnvironmentChart</name>
    <message>
        <location filename="../../gui/environment_chart.py" line="25" />
        <source>Emissions</source>
        <translation>Emissionen</translation>
    </message>
    <message>
        <location filename="../../gui/environment_chart.py" line="30" />
        <source>Water</source>
        <translation>Wasser</translation>
    </message>
    <message>
        <location filename="../../gui/environment_chart.py" line="33" />
        <source>Electricity cost</source>
        <translation>Stromkosten</translation>
    </message>
    <message>
        <location filename="../../gui/environment_chart.py" line="39" />
        <source>CO₂e, water and cost</source>
        <translation>CO₂e, Wasser und Kosten</translation>
    </message>
</context>
<context>
    <name>FleetChart</name>
    <message>
        <location filename="../../gui/fleet_chart.py" line="25" />
        <source>Accelerators</source>
        <translation>Beschleuniger</translation>
    </message>
    <message>
        <location filename="../../gui/fleet_chart.py" line="32" />
        <source>Power provisioned</source>
        <translation>Installierte Leistung</translation>
    </message>
    <message>
        <location filename="../../gui/fleet_chart.py" line="39" />
        <source>Racks</source>
        <translation>Racks</translation>
    </message>
    <message>
        <location filename="../../gui/fleet_chart.py" line="45" />
        <source>Fleet and power</source>
        <translation>Flotte und Leistung</translation>
    </message>
</context>
<context>
    <name>KpiStrip</name>
    <message>
        <location filename="../../gui/kpi_strip.py" line="123" />
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location filename="../../gui/kpi_strip.py" line="124" />
        <source>▲▼ vs baseline</source>
        <translation>▲▼ ggü. Basis</translation>
    </message>
    <message>
        <location filename="../../gui/kpi_strip.py" line="129" />
        <source>The year the numbers and the per-query charts show</source>
        <translation>Das Jahr, das die Kennzahlen und die Diagramme pro Anfrage zeigen</translation>
    </message>
    <message>
        <location filename="../../gui/kpi_strip.py" line="171" />
        <source>Energy per year</source>
        <translation>Energie pro Jahr</translation>
    </message>
    <message>
        <location filename="../../gui/kpi_strip.py" line="175" />
        <source>Energy per query</source>
        <translation>Energie pro Anfrage</translation>
    </message>
    <message>
        <location filename="../../gui/kpi_strip.py" line="176" />
        <source>Emissions (CO₂e)</source>
        <translation>Emissionen (CO₂e)</translation>
    </message>
    <message>
        <location filename="../../gui/kpi_strip.py" line="177" />
        <source>Water on site</source>
        <translation>Wasser vor Ort</translation>
    </message>
    <message>
        <location filename="../../gui/kpi_strip.py" line="178" />
        <source>Electricity cost</source>
        <translation>Stromkosten</translation>
    </message>
    <message>
        <location filename="../../gui/kpi_strip.py" line="179" />
        <source>Accelerators</source>
        <translation>Beschleuniger</translation>
    </message>
    <message>
        <location filename="../../gui/kpi_strip.py" line="180" />
        <source>Power provisioned</source>
        <translation>Installierte Leistung</translation>
    </message>
    <message>
        <location filename="../../gui/kpi_strip.py" line="181" />
        <source>Households (equiv.)</source>
        <translation>Haushalte (Äquiv.)</translation>
    </message>
    <message>
        <location filename="../../gui/kpi_strip.py" line="300" />
        <source>= baseline</source>
        <translation>= Basis</translation>
    </message>
    <message>
        <location filename="../../gui/kpi_strip.py" line="309" />
        <source>Baseline: {0}</source>
        <translation>Basis: {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="131" />
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="189" />
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="210" />
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="228" />
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="228" />
        <source>Start from the default scenario</source>
        <translation>Mit dem Standardszenario beginnen</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="230" />
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="231" />
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="232" />
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="234" />
        <source>Export to &amp;Excel…</source>
        <translation>Nach &amp;Excel exportieren…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="237" />
        <source>A workbook with inputs, results and charts</source>
        <translation>Eine Arbeitsmappe mit Eingaben, Ergebnissen und Diagrammen</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="239" />
        <source>Export charts as &amp;PNG…</source>
        <translation>Diagramme als &amp;PNG exportieren…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="240" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="241" />
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="243" />
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="246" />
        <source>Set current as &amp;baseline</source>
        <translation>Aktuelles als &amp;Basis setzen</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="249" />
        <source>Compare everything against the current scenario</source>
        <translation>Alles mit dem aktuellen Szenario vergleichen</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="252" />
        <source>&amp;Reset to baseline</source>
        <translation>Auf Basis &amp;zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="255" />
        <source>Make the scenario equal to the baseline</source>
        <translation>Das Szenario gleich der Basis setzen</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="258" />
        <source>Re&amp;name scenario…</source>
        <translation>Szenario &amp;umbenennen…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="261" />
        <source>The name shown in the workbook and the window title</source>
        <translation>Der Name in der Arbeitsmappe und im Fenstertitel</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="263" />
        <source>Show &amp;IEA data-centre totals</source>
        <translation>&amp;IEA-Gesamtwerte der Rechenzentren zeigen</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="266" />
        <source>Context: all data centres worldwide, 2024 and 2030 (IEA)</source>
        <translation>Kontext: alle Rechenzentren weltweit, 2024 und 2030 (IEA)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="269" />
        <source>&amp;Presentation mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="276" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="278" />
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="287" />
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="290" />
        <source>&amp;Scenario</source>
        <translation>&amp;Szenario</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="295" />
        <source>&amp;Presets</source>
        <translation>&amp;Vorlagen</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="307" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="314" />
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="318" />
        <source>System default</source>
        <translation>Systemeinstellung</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="328" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="329" />
        <source>&amp;About WattIf</source>
        <translation>&amp;Über WattIf</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="340" />
        <location filename="../../gui/main_window.py" line="435" />
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="350" />
        <source>Rename scenario</source>
        <translation>Szenario umbenennen</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="350" />
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="385" />
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="385" />
        <source>The language changes when WattIf is started again.</source>
        <translation>Die Sprache wechselt beim nächsten Start von WattIf.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="424" />
        <source>Clear list</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="438" />
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="439" />
        <source>Save the changes to “{0}” first?</source>
        <translation>Änderungen an „{0}“ zuerst speichern?</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="456" />
        <source>New scenario from the default preset</source>
        <translation>Neues Szenario aus der Standardvorlage</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="468" />
        <source>Open scenario</source>
        <translation>Szenario öffnen</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="485" />
        <source>Cannot open scenario</source>
        <translation>Szenario kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="486" />
        <source>The file could not be opened; your current scenario is unchanged.</source>
        <translation>Die Datei konnte nicht geöffnet werden; Ihr aktuelles Szenario ist unverändert.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="497" />
        <source>Opened {0}</source>
        <translation>{0} geöffnet</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="514" />
        <source>Save scenario</source>
        <translation>Szenario speichern</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="532" />
        <source>Cannot save scenario</source>
        <translation>Szenario kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="539" />
        <source>Saved {0}</source>
        <translation>{0} gespeichert</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="548" />
        <source>Load preset “{0}”</source>
        <translation>Vorlage „{0}“ laden</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="549" />
        <source>Preset: {0}</source>
        <translation>Vorlage: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="558" />
        <location filename="../../gui/main_window.py" line="568" />
        <location filename="../../gui/main_window.py" line="581" />
        <location filename="../../gui/main_window.py" line="623" />
        <source>Export to Excel</source>
        <translation>Nach Excel exportieren</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="560" />
        <source>Excel export is not available in this version of WattIf (the module wattif.core.excel is missing).</source>
        <translation>Der Excel-Export ist in dieser Version von WattIf nicht verfügbar (das Modul wattif.core.excel fehlt).</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="570" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="580" />
        <source>Writing the workbook…</source>
        <translation>Arbeitsmappe wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="616" />
        <location filename="../../gui/main_window.py" line="645" />
        <source>Exported {0}</source>
        <translation>{0} exportiert</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="624" />
        <source>The workbook could not be written.</source>
        <translation>Die Arbeitsmappe konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="635" />
        <location filename="../../gui/main_window.py" line="642" />
        <source>Export charts</source>
        <translation>Diagramme exportieren</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="637" />
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="642" />
        <source>Could not write {0}</source>
        <translation>{0} konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="672" />
        <source>About WattIf</source>
        <translation>Über WattIf</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="674" />
        <source>&lt;b&gt;WattIf {0}&lt;/b&gt;&lt;br&gt;A what-if analyzer for the energy use of AI.&lt;br&gt;Every default has a source: see View → Sources.</source>
        <translation>&lt;b&gt;WattIf {0}&lt;/b&gt;&lt;br&gt;Ein Was-wäre-wenn-Rechner für den Energiebedarf von KI.&lt;br&gt;Jeder Standardwert hat eine Quelle: siehe Ansicht → Quellen.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="686" />
        <source>Please wait for the export to finish</source>
        <translation>Bitte warten, bis der Export fertig ist</translation>
    </message>
</context>
<context>
    <name>ParameterPanel</name>
    <message>
        <location filename="../../gui/parameter_panel.py" line="101" />
        <source>Set from a country…</source>
        <translation>Aus einem Land übernehmen…</translation>
    </message>
    <message>
        <location filename="../../gui/parameter_panel.py" line="153" />
        <source>set by the chosen model ({0}: {1} {2})</source>
        <translation>vom gewählten Modell festgelegt ({0}: {1} {2})</translation>
    </message>
    <message>
        <location filename="../../gui/parameter_panel.py" line="165" />
        <source>From the catalogue: {0} B parameters ({1} B active), KV cache {2} KiB per token at 16 bit; the greyed rows below are not used.</source>
        <translation>Aus dem Katalog: {0} Mrd. Parameter ({1} Mrd. aktiv), KV-Cache {2} KiB pro Token bei 16 Bit; die ausgegrauten Zeilen darunter werden nicht verwendet.</translation>
    </message>
</context>
<context>
    <name>ParameterRow</name>
    <message>
        <location filename="../../gui/parameter_row.py" line="117" />
        <source>Reset to the default ({0})</source>
        <translation>Auf den Standardwert zurücksetzen ({0})</translation>
    </message>
    <message>
        <location filename="../../gui/parameter_row.py" line="119" />
        <location filename="../../gui/parameter_row.py" line="419" />
        <source>Reset {0}</source>
        <translation>{0} zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../gui/parameter_row.py" line="158" />
        <source>Custom (from parameters)</source>
        <translation>Eigenes (aus Parametern)</translation>
    </message>
    <message>
        <location filename="../../gui/parameter_row.py" line="229" />
        <source>{0}: '{1}' is not a number; allowed {2}</source>
        <translation>{0}: „{1}“ ist keine Zahl; erlaubt {2}</translation>
    </message>
    <message>
        <location filename="../../gui/parameter_row.py" line="287" />
        <source>Not used</source>
        <translation>Nicht verwendet</translation>
    </message>
    <message>
        <location filename="../../gui/parameter_row.py" line="291" />
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../gui/parameter_row.py" line="301" />
        <source>Choose {0}</source>
        <translation>{0} wählen</translation>
    </message>
    <message>
        <location filename="../../gui/parameter_row.py" line="309" />
        <source>{0} to {1}</source>
        <translation>{0} bis {1}</translation>
    </message>
    <message>
        <location filename="../../gui/parameter_row.py" line="315" />
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <location filename="../../gui/parameter_row.py" line="315" />
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location filename="../../gui/parameter_row.py" line="332" />
        <source>Range</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../../gui/parameter_row.py" line="332" />
        <source>Plausible</source>
        <translation>Plausibel</translation>
    </message>
    <message>
        <location filename="../../gui/parameter_row.py" line="333" />
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../gui/parameter_row.py" line="333" />
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../../gui/parameter_row.py" line="384" />
        <source>Change {0}</source>
        <translation>{0} ändern</translation>
    </message>
    <message>
        <location filename="../../gui/parameter_row.py" line="407" />
        <source>{0}: {1} is outside the allowed range {2}; set to {3}</source>
        <translation>{0}: {1} liegt außerhalb des erlaubten Bereichs {2}; auf {3} gesetzt</translation>
    </message>
</context>
<context>
    <name>PerQueryChart</name>
    <message>
        <location filename="../../gui/per_query_chart.py" line="35" />
        <source>Energy per query</source>
        <translation>Energie pro Anfrage</translation>
    </message>
    <message>
        <location filename="../../gui/per_query_chart.py" line="98" />
        <source>Energy per query {0}: {1} Wh</source>
        <translation>Energie pro Anfrage {0}: {1} Wh</translation>
    </message>
    <message>
        <location filename="../../gui/per_query_chart.py" line="103" />
        <source>Wh per query · baseline {0} Wh</source>
        <translation>Wh pro Anfrage · Basis {0} Wh</translation>
    </message>
    <message>
        <source>Wh per query · baseline (dashed) {0} Wh</source>
        <translation type="vanished">Wh pro Anfrage · Basis (gestrichelt) {0} Wh</translation>
    </message>
</context>
<context>
    <name>PhysicsPanel</name>
    <message>
        <location filename="../../gui/physics_panel.py" line="73" />
        <source>memory-bound</source>
        <translation>speichergebunden</translation>
    </message>
    <message>
        <location filename="../../gui/physics_panel.py" line="74" />
        <source>compute-bound</source>
        <translation>rechengebunden</translation>
    </message>
    <message>
        <location filename="../../gui/physics_panel.py" line="75" />
        <source>overhead-bound</source>
        <translation>overheadgebunden</translation>
    </message>
    <message>
        <location filename="../../gui/physics_panel.py" line="79" />
        <source>Each step waits for the weights and the KV cache to stream from memory.</source>
        <translation>Jeder Schritt wartet darauf, dass Gewichte und KV-Cache aus dem Speicher gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../gui/physics_panel.py" line="81" />
        <source>The arithmetic of the batch sets the time of each step.</source>
        <translation>Die Rechenarbeit des Batches bestimmt die Dauer jedes Schritts.</translation>
    </message>
    <message>
        <location filename="../../gui/physics_panel.py" line="83" />
        <source>Fixed and per-sequence time of each step (kernel launches, scheduling, communication between the accelerators) outweighs streaming and arithmetic.</source>
        <translation>Feste und pro Sequenz anfallende Zeit jedes Schritts (Kernel-Starts, Scheduling, Kommunikation zwischen den Beschleunigern) überwiegt Speicherzugriffe und Rechenarbeit.</translation>
    </message>
    <message>
        <location filename="../../gui/physics_panel.py" line="103" />
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../../gui/physics_panel.py" line="103" />
        <source>The model that decodes (catalogue or custom)</source>
        <translation>Das Modell, das dekodiert (aus dem Katalog oder eigenes)</translation>
    </message>
    <message>
        <location filename="../../gui/physics_panel.py" line="105" />
        <source>Accelerators</source>
        <translation>Beschleuniger</translation>
    </message>
    <message>
        <location filename="../../gui/physics_panel.py" line="106" />
        <source>Accelerators holding one copy of the model (a replica)</source>
        <translation>Beschleuniger, die eine Kopie des Modells halten (ein Replikat)</translation>
    </message>
    <message>
        <location filename="../../gui/physics_panel.py" line="109" />
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location filename="../../gui/physics_panel.py" line="110" />
        <source>Sequences decoding together in one step (after the memory cap)</source>
        <translation>Sequenzen, die in einem Schritt gemeinsam dekodiert werden (nach der Speichergrenze)</translation>
    </message>
    <message>
        <location filename="../../gui/physics_panel.py" line="112" />
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../../gui/physics_panel.py" line="112" />
        <source>Time of one decode step of a replica</source>
        <translation>Dauer eines Dekodierschritts eines Replikats</translation>
    </message>
    <message>
        <location filename="../../gui/physics_panel.py" line="114" />
        <source>Regime</source>
        <translation>Regime</translation>
    </message>
    <message>
        <location filename="../../gui/physics_panel.py" line="116" />
        <source>What sets the step time: memory bandwidth, compute, or fixed and per-sequence overheads</source>
        <translation>Was die Schrittdauer bestimmt: Speicherbandbreite, Rechenleistung oder feste und pro Sequenz anfallende Zeiten</translation>
    </message>
    <message>
        <location filename="../../gui/physics_panel.py" line="121" />
        <source>Per accelerator</source>
        <translation>Je Beschleuniger</translation>
    </message>
    <message>
        <location filename="../../gui/physics_panel.py" line="122" />
        <source>Average power of one accelerator while serving</source>
        <translation>Mittlere Leistung eines Beschleunigers im Betrieb</translation>
    </message>
    <message>
        <location filename="../../gui/physics_panel.py" line="125" />
        <source>Bandwidth used</source>
        <translation>Bandbreite</translation>
    </message>
    <message>
        <location filename="../../gui/physics_panel.py" line="126" />
        <source>Achieved share of the peak memory bandwidth</source>
        <translation>Erreichter Anteil der maximalen Speicherbandbreite</translation>
    </message>
    <message>
        <location filename="../../gui/physics_panel.py" line="128" />
        <source>Compute used</source>
        <translation>Rechenleistung</translation>
    </message>
    <message>
        <location filename="../../gui/physics_panel.py" line="128" />
        <source>Achieved share of the peak compute</source>
        <translation>Erreichter Anteil der maximalen Rechenleistung</translation>
    </message>
    <message>
        <location filename="../../gui/physics_panel.py" line="130" />
        <source>Per output token</source>
        <translation>Je Ausgabetoken</translation>
    </message>
    <message>
        <location filename="../../gui/physics_panel.py" line="132" />
        <source>Accelerator energy per output token = power × accelerators × step time ÷ batch</source>
        <translation>Beschleunigerenergie je Ausgabetoken = Leistung × Beschleuniger × Schrittdauer ÷ Batch</translation>
    </message>
    <message>
        <location filename="../../gui/physics_panel.py" line="146" />
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <location filename="../../gui/physics_panel.py" line="147" />
        <source>Baseline</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../../gui/physics_panel.py" line="166" />
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../../gui/physics_panel.py" line="226" />
        <source>Decode {0}</source>
        <translation>Dekodierung {0}</translation>
    </message>
    <message>
        <location filename="../../gui/physics_panel.py" line="229" />
        <source>Why this number: how one replica decodes in {0} as configured (before measures and trends). The accelerator energy per query follows from the energy per output token. Click to fold or unfold.</source>
        <translation>Warum diese Zahl: wie ein Replikat {0} wie eingestellt dekodiert (vor Maßnahmen und Trends). Die Beschleunigerenergie pro Anfrage folgt aus der Energie je Ausgabetoken. Klicken zum Ein- und Ausklappen.</translation>
    </message>
    <message>
        <location filename="../../gui/physics_panel.py" line="238" />
        <source>{7} per output token: {0} on {1} × {2}, batch {3}, {4} per step, {5}, {6} per accelerator</source>
        <translation>{7} je Ausgabetoken: {0} auf {1} × {2}, Batch {3}, {4} pro Schritt, {5}, {6} je Beschleuniger</translation>
    </message>
    <message>
        <location filename="../../gui/physics_panel.py" line="256" />
        <source>The model's weights do not fit on the replica of {0} × {1}: raise “{2}” (0 = derive from memory).</source>
        <translation>Die Gewichte des Modells passen nicht auf das Replikat aus {0} × {1}: „{2}“ erhöhen (0 = aus dem Speicherbedarf ableiten).</translation>
    </message>
    <message>
        <location filename="../../gui/physics_panel.py" line="280" />
        <source>Custom model</source>
        <translation>Eigenes Modell</translation>
    </message>
    <message>
        <location filename="../../gui/physics_panel.py" line="281" />
        <source>{0} B active of {1} B parameters (set in the panel)</source>
        <translation>{0} Mrd. aktive von {1} Mrd. Parametern (im Bedienfeld eingestellt)</translation>
    </message>
    <message>
        <location filename="../../gui/physics_panel.py" line="289" />
        <source>{0} × {1} per replica</source>
        <translation>{0} × {1} pro Replikat</translation>
    </message>
    <message>
        <location filename="../../gui/physics_panel.py" line="292" />
        <source>The model's weights do not fit on the replica.</source>
        <translation>Die Gewichte des Modells passen nicht auf das Replikat.</translation>
    </message>
    <message>
        <location filename="../../gui/physics_panel.py" line="295" />
        <source>{0} W × {1} × {2} ms ÷ {3} = {4} J</source>
        <translation>{0} W × {1} × {2} ms ÷ {3} = {4} J</translation>
    </message>
</context>
<context>
    <name>PublishedChart</name>
    <message>
        <location filename="../../gui/published_chart.py" line="30" />
        <source>Published figures per query</source>
        <translation>Veröffentlichte Werte pro Anfrage</translation>
    </message>
    <message>
        <location filename="../../gui/published_chart.py" line="36" />
        <source>Energy per query [Wh, log scale]</source>
        <translation>Energie pro Anfrage [Wh, log. Skala]</translation>
    </message>
    <message>
        <location filename="../../gui/published_chart.py" line="39" />
        <source>Google: Gemini median prompt (2025)</source>
        <translation>Google: Median-Prompt Gemini (2025)</translation>
    </message>
    <message>
        <location filename="../../gui/published_chart.py" line="40" />
        <source>Epoch AI: GPT-4o estimate (2025)</source>
        <translation>Epoch AI: Schätzung GPT-4o (2025)</translation>
    </message>
    <message>
        <location filename="../../gui/published_chart.py" line="41" />
        <source>OpenAI: average ChatGPT query (2025)</source>
        <translation>OpenAI: mittlere ChatGPT-Anfrage (2025)</translation>
    </message>
    <message>
        <location filename="../../gui/published_chart.py" line="42" />
        <source>de Vries: ChatGPT request (2023)</source>
        <translation>de Vries: ChatGPT-Anfrage (2023)</translation>
    </message>
    <message>
        <location filename="../../gui/published_chart.py" line="125" />
        <source>A web search: {0} Wh</source>
        <translation>Eine Websuche: {0} Wh</translation>
    </message>
    <message>
        <location filename="../../gui/published_chart.py" line="130" />
        <source>Baseline {0}: {1} Wh</source>
        <translation>Basis {0}: {1} Wh</translation>
    </message>
    <message>
        <location filename="../../gui/published_chart.py" line="135" />
        <source>This scenario {0}: {1} Wh</source>
        <translation>Dieses Szenario {0}: {1} Wh</translation>
    </message>
</context>
<context>
    <name>ScenarioModel</name>
    <message>
        <location filename="../../gui/scenario_model.py" line="213" />
        <source>Change {0}</source>
        <translation>{0} ändern</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_model.py" line="265" />
        <source>Reset to baseline</source>
        <translation>Auf Basis zurücksetzen</translation>
    </message>
</context>
<context>
    <name>WaterfallChart</name>
    <message>
        <location filename="../../gui/waterfall_chart.py" line="33" />
        <source>Savings by measure</source>
        <translation>Einsparung je Maßnahme</translation>
    </message>
    <message>
        <location filename="../../gui/waterfall_chart.py" line="76" />
        <source>Switch on measures in the panel to see what each one saves</source>
        <translation>Maßnahmen im Bedienfeld einschalten, um ihre Einsparung zu sehen</translation>
    </message>
    <message>
        <location filename="../../gui/waterfall_chart.py" line="96" />
        <source>Baseline</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../../gui/waterfall_chart.py" line="100" />
        <source>Other changes</source>
        <translation>Andere Änderungen</translation>
    </message>
    <message>
        <location filename="../../gui/waterfall_chart.py" line="109" />
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <location filename="../../gui/waterfall_chart.py" line="124" />
        <source>Energy in {0} [{1}]</source>
        <translation>Energie {0} [{1}]</translation>
    </message>
</context>
<context>
    <name>chart</name>
    <message>
        <location filename="../../gui/chart_base.py" line="110" />
        <source>billion</source>
        <translation>Mrd.</translation>
    </message>
    <message>
        <location filename="../../gui/chart_base.py" line="111" />
        <source>million</source>
        <translation>Mio.</translation>
    </message>
    <message>
        <location filename="../../gui/chart_base.py" line="112" />
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
        <location filename="../../gui/errors.py" line="53" />
        <source>Something went wrong, but your scenario is safe.</source>
        <translation>Etwas ist schiefgegangen, aber Ihr Szenario ist sicher.</translation>
    </message>
    <message>
        <location filename="../../gui/errors.py" line="59" />
        <source>{0}: {1}

The details were written to the log{2}.</source>
        <translation>{0}: {1}

Die Einzelheiten stehen im Protokoll{2}.</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <location filename="../../gui/formatting.py" line="50" />
        <source>bn</source>
        <translation>Mrd.</translation>
    </message>
    <message>
        <location filename="../../gui/formatting.py" line="51" />
        <source>M</source>
        <translation>Mio.</translation>
    </message>
    <message>
        <location filename="../../gui/formatting.py" line="52" />
        <source>k</source>
        <translation>Tsd.</translation>
    </message>
    <message>
        <location filename="../../gui/formatting.py" line="120" />
        <source>new</source>
        <translation>neu</translation>
    </message>
</context>
</TS>