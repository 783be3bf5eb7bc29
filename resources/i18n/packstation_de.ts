<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ChoiceTable</name>
    <message>
        <location filename="../../packstation/gui/choice_table.py" line="+30"/>
        <source>Choices</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+20"/>
        <source>Key</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Versandart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cut-off</source>
        <translation>Abgabe bis</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer ref.</source>
        <translation>Kundenref.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>CloseShiftCalls</name>
    <message>
        <location filename="../../packstation/gui/close_shift_calls.py" line="+67"/>
        <source>No shift lead PIN is set up for this station, so the shift cannot be closed from this window.</source>
        <translation>Für diese Station ist keine PIN der Schichtleitung eingerichtet; die Schicht kann hier nicht abgeschlossen werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Shift lead: type your PIN to close the shift.</source>
        <translation>Schichtleitung: PIN eingeben, um die Schicht abzuschließen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Checking the PIN…</source>
        <translation>PIN wird geprüft…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Manifesting…</source>
        <translation>Manifest wird übermittelt…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Retrying the failed consignments…</source>
        <translation>Fehlgeschlagene Sendungen werden erneut versucht…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No document printer is set up.</source>
        <translation>Kein Dokumentendrucker eingerichtet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Driver sheet sent to %1 (%2).</source>
        <translation>Übergabeliste an %1 gesendet (%2).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Closing the shift…</source>
        <translation>Schicht wird abgeschlossen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The shift is closed. The next pack starts a new one.</source>
        <translation>Die Schicht ist abgeschlossen. Das nächste Paket beginnt eine neue.</translation>
    </message>
</context>
<context>
    <name>CloseShiftPanel</name>
    <message>
        <location filename="../../packstation/gui/close_shift_panel.py" line="+35"/>
        <location line="+1"/>
        <source>Close the shift</source>
        <translation>Schicht abschließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing needs the shift lead&apos;s PIN.</source>
        <translation>Zum Abschließen ist die PIN der Schichtleitung nötig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close shift…</source>
        <translation>Schicht &amp;abschließen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Manifest now</source>
        <translation>&amp;Manifest jetzt senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retry failed</source>
        <translation>Fehlgeschlagene &amp;wiederholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print driver sheet</source>
        <translation>Übergabeliste &amp;drucken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish closing</source>
        <translation>Abschluss &amp;beenden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Manifest progress</source>
        <translation>Fortschritt des Manifests</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manifest results</source>
        <translation>Ergebnisse des Manifests</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Driver sheet preview</source>
        <translation>Vorschau der Übergabeliste</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1 pack(s) will be manifested; %2 exception(s) stay open (listed above).</source>
        <translation>%1 Sendung(en) werden ins Manifest übernommen; %2 Klärfall/Klärfälle bleiben offen (oben aufgeführt).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: %2 consignment(s), %3 parcel(s) manifested</source>
        <translation>%1: %2 Sendung(en), %3 Paket(e) im Manifest</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>✖ %1 not manifested: %2</source>
        <translation>✖ %1 nicht im Manifest: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Manifest done with %1 failure(s). Retry them, or print and finish.</source>
        <translation>Manifest mit %1 Fehler(n) übermittelt. Erneut versuchen oder drucken und abschließen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything sent was manifested; %1 exception(s) stay open (listed above). Print the driver sheet, then finish.</source>
        <translation>Alles Gesendete ist im Manifest; %1 Klärfall/Klärfälle bleiben offen (oben aufgeführt). Übergabeliste drucken, dann abschließen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything was manifested. Print the driver sheet, then finish.</source>
        <translation>Alles ist im Manifest. Übergabeliste drucken, dann abschließen.</translation>
    </message>
</context>
<context>
    <name>ConsignmentPanel</name>
    <message>
        <location filename="../../packstation/gui/consignment_panel.py" line="+19"/>
        <location line="+1"/>
        <source>Current consignment</source>
        <translation>Aktuelle Sendung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer ref.</source>
        <translation>Kundenref.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parcels</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carrier, service</source>
        <translation>Versandart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promise</source>
        <translation>Zustellzusage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n item(s) to pack</source>
        <translation>
            <numerusform>%n Artikel zu packen</numerusform>
            <numerusform>%n Artikel zu packen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CounterCalls</name>
    <message>
        <location filename="../../packstation/gui/counter_calls.py" line="+44"/>
        <source>Printing the missing labels again…</source>
        <translation>Fehlende Etiketten werden erneut gedruckt…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printing the receipt…</source>
        <translation>Beleg wird gedruckt…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Leaving this booking…</source>
        <translation>Buchung wird verlassen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Asking SortedPRO…</source>
        <translation>SortedPRO wird gefragt…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Booking choice %1…</source>
        <translation>Auswahl %1 wird gebucht…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Try again.</source>
        <translation>Bitte erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>CounterForm</name>
    <message>
        <location filename="../../packstation/gui/counter_form.py" line="+36"/>
        <source>Booking form</source>
        <translation>Buchungsformular</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send to</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address *</source>
        <translation>Adresse *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address line 2</source>
        <translation>Adresszeile 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Town *</source>
        <translation>Ort *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode *</source>
        <translation>PLZ *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country *</source>
        <translation>Land *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their reference</source>
        <translation>Kundenreferenz</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter: ask for quotes   %1: add a parcel   %2: remove it   Esc: new booking</source>
        <translation>Enter: Angebote abfragen   %1: Paket hinzufügen   %2: entfernen   Esc: neue Buchung</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Customs (parcels leaving %1)</source>
        <translation>Zoll (Pakete aus %1 heraus)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customs category</source>
        <translation>Zollkategorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gift</source>
        <translation>Geschenk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sale of goods</source>
        <translation>Warenverkauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commercial sample</source>
        <translation>Warenmuster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declared by *</source>
        <translation>Angemeldet von *</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Fill in: %1.</source>
        <translation>Bitte ausfüllen: %1.</translation>
    </message>
</context>
<context>
    <name>CounterParcelDetails</name>
    <message>
        <location filename="../../packstation/gui/counter_parcel.py" line="+55"/>
        <source>What is in it</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declared value (%1)</source>
        <translation>Angegebener Wert (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What is in it *</source>
        <translation>Inhalt *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value (%1) *</source>
        <translation>Wert (%1) *</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contents of this parcel</source>
        <translation>Inhalt dieses Pakets</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>%1: add an item   %2: remove the item you are in</source>
        <translation>%1: Artikel hinzufügen   %2: aktuellen Artikel entfernen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HS code</source>
        <translation>Zolltarifnr.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Contents of parcel %1 of %2, for customs</source>
        <translation>Inhalt von Paket %1 von %2, für den Zoll</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Item %1 description</source>
        <translation>Artikel %1: Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item %1 quantity</source>
        <translation>Artikel %1: Menge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item %1 value</source>
        <translation>Artikel %1: Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item %1 weight in kg</source>
        <translation>Artikel %1: Gewicht in kg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item %1 made in (country code)</source>
        <translation>Artikel %1: Herkunftsland (Ländercode)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item %1 tariff code (HS)</source>
        <translation>Artikel %1: Zolltarifnummer (HS)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>what it is, e.g. wool scarf</source>
        <translation>was es ist, z. B. Wollschal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item %1</source>
        <translation>Artikel %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Parcel %1</source>
        <translation>Paket %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: type its value in %2, e.g. 25.00.</source>
        <translation>%1: Wert in %2 eingeben, z. B. 25.00.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>item %1</source>
        <translation>Artikel %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: type the quantity, value and weight as numbers.</source>
        <translation>%1: Menge, Wert und Gewicht als Zahlen eingeben.</translation>
    </message>
</context>
<context>
    <name>CounterScreen</name>
    <message>
        <location filename="../../packstation/gui/counter_screen.py" line="+35"/>
        <source>Counter</source>
        <translation>Schalter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Options</source>
        <translation>&amp;Optionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pickup</source>
        <translation>&amp;Abholpunkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quotes</source>
        <translation>Ange&amp;bote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retry label</source>
        <translation>Etikett &amp;wiederholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt &amp;again</source>
        <translation>Beleg &amp;nochmal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New (Esc)</source>
        <translation>N&amp;eu (Esc)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Things to fix</source>
        <translation>Zu korrigieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Receipt status</source>
        <translation>Belegstatus</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Alt + the underlined letter</source>
        <translation>Alt + unterstrichener Buchstabe</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Fill in the form, then ask for quotes, delivery options or pickup points.</source>
        <translation>Formular ausfüllen, dann Angebote, Zustelloptionen oder Abholpunkte abfragen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter in the form asks for quotes.</source>
        <translation>Enter im Formular fragt Angebote ab.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Receipt not printed: %1</source>
        <translation>Beleg nicht gedruckt: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Receipt printed on %1 (%2).</source>
        <translation>Beleg gedruckt auf %1 (%2).</translation>
    </message>
</context>
<context>
    <name>CounterUnavailableScreen</name>
    <message>
        <location filename="../../packstation/gui/other_screens.py" line="+55"/>
        <source>Counter</source>
        <translation>Schalter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counter booking is not set up on this station. Parcels with a delivery option code (EDO-…) can be booked on the Pack screen (F1) by scanning the code.</source>
        <translation>Schalterbuchung ist an dieser Station nicht eingerichtet. Pakete mit einem Zustelloptionscode (EDO-…) lassen sich im Packbildschirm (F1) durch Scannen des Codes buchen.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../packstation/gui/crash.py" line="+70"/>
        <source>Packstation: program error</source>
        <translation>Packstation: Programmfehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Program error</source>
        <translation>Programmfehler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Packstation hit a program error. What was saved is safe. Tell the shift lead and give them the details below; then carry on or restart Packstation.</source>
        <translation>In Packstation ist ein Programmfehler aufgetreten. Bereits Gespeichertes ist sicher. Bitte die Schichtleitung informieren und ihr die Details unten geben; dann weiterarbeiten oder Packstation neu starten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Error details and log</source>
        <translation>Fehlerdetails und Protokoll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
</context>
<context>
    <name>DeviceLog</name>
    <message>
        <location filename="../../packstation/gui/device_log.py" line="+48"/>
        <source>last: %1</source>
        <translation>zuletzt: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>last error: %1</source>
        <translation>letzter Fehler: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
</context>
<context>
    <name>DevicesScreen</name>
    <message>
        <location filename="../../packstation/gui/other_screens.py" line="+152"/>
        <location line="+5"/>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The printers, scale and scanner of this bench, with what each last did.</source>
        <translation>Drucker, Waage und Scanner dieses Packplatzes, jeweils mit dem letzten Ergebnis.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Test print on the label printer</source>
        <translation>&amp;Testdruck auf dem Etikettendrucker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test print on the label printer</source>
        <translation>Testdruck auf dem Etikettendrucker</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Test print result</source>
        <translation>Ergebnis des Testdrucks</translation>
    </message>
    <message>
        <location line="+22"/>
        <source> — in use</source>
        <translation> — in Gebrauch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label printer %1</source>
        <translation>Etikettendrucker %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Document printer</source>
        <translation>Dokumentendrucker</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <location line="+3"/>
        <source>none</source>
        <translation>nicht eingerichtet</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Receipt printer</source>
        <translation>Belegdrucker</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scale</source>
        <translation>Waage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keyboard wedge (ends with %1)</source>
        <translation>Tastatur-Scanner (endet mit %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
</context>
<context>
    <name>EngineWords</name>
    <message>
        <location filename="../../packstation/gui/engine_words.py" line="+20"/>
        <source>Ask the shift lead to cancel it with the carrier.</source>
        <translation>Die Schichtleitung bitten, sie beim Paketdienst zu stornieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check in SortedPRO before packing it again.</source>
        <translation>Vor erneutem Packen in SortedPRO nachsehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the code and scan again, or put the parcel aside.</source>
        <translation>Code prüfen und erneut scannen, oder das Paket beiseitelegen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the label is on the parcel; reprint if not.</source>
        <translation>Prüfen, ob das Etikett auf dem Paket ist; sonst erneut drucken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the parcels, then press Enter to book a carrier.</source>
        <translation>Pakete prüfen, dann Enter drücken, um einen Paketdienst zu buchen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the weight and size (or split the parcel), then press Enter.</source>
        <translation>Gewicht und Größe prüfen (oder das Paket aufteilen), dann Enter drücken.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose another service for it (1-9), or press Esc to leave it.</source>
        <translation>Einen anderen Dienst wählen (1-9), oder Esc drücken, um sie zu verlassen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the shift again: each such consignment is checked before it is sent.</source>
        <translation>Die Schicht erneut abschließen: jede solche Sendung wird vor dem Senden geprüft.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closing the shift will retry.</source>
        <translation>Der Schichtabschluss versucht es erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm the parcel (weight, size) and which items go in it, then press Enter.</source>
        <translation>Paket bestätigen (Gewicht, Größe) und welche Artikel hineinkommen, dann Enter drücken.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Correct the fields listed, then ask again.</source>
        <translation>Die genannten Felder korrigieren, dann erneut anfragen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter: pack another consignment   Esc or the next scan: leave it</source>
        <translation>Enter: weitere Sendung packen   Esc oder nächster Scan: verlassen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fill in the destination and parcels, then ask for options or quotes.</source>
        <translation>Ziel und Pakete ausfüllen, dann nach Optionen oder Angeboten fragen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hand over the receipt; fill in the form for the next customer.</source>
        <translation>Beleg aushändigen; das Formular für den nächsten Kunden ausfüllen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to do.</source>
        <translation>Nichts zu tun.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Enter (or 1) to book it and print the label; Esc to leave it.</source>
        <translation>Enter (oder 1) drücken, um zu buchen und das Etikett zu drucken; Esc zum Verlassen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Press Esc to leave the booking.</source>
        <translation>Esc drücken, um die Buchung zu verlassen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Esc to leave this pack.</source>
        <translation>Esc drücken, um diesen Packvorgang zu verlassen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press P to print the receipt again, then fill in the form for the next customer.</source>
        <translation>P drücken, um den Beleg erneut zu drucken, dann das Formular für den nächsten Kunden ausfüllen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Press R to reprint its label (you will be asked why).</source>
        <translation>R drücken, um das Etikett erneut zu drucken (mit Begründung).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press the number of the choice (1-9), or use the arrows and Enter.</source>
        <translation>Die Nummer der Auswahl drücken (1-9), oder Pfeiltasten und Enter verwenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Press the number of the right one (1-9), or use the arrows and Enter.</source>
        <translation>Die Nummer der richtigen drücken (1-9), oder Pfeiltasten und Enter verwenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Press the number of the service (1-9), or use the arrows and Enter.</source>
        <translation>Die Nummer des Dienstes drücken (1-9), oder Pfeiltasten und Enter verwenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put the parcel aside and call the shift lead.</source>
        <translation>Das Paket beiseitelegen und die Schichtleitung rufen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the parcel aside for the shift lead.</source>
        <translation>Das Paket für die Schichtleitung beiseitelegen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R: retry the missing labels   S: skip (stays an exception)</source>
        <translation>R: fehlende Etiketten erneut drucken   S: überspringen (bleibt ein Klärfall)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready for the next booking.</source>
        <translation>Bereit für die nächste Buchung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready.</source>
        <translation>Bereit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say why the label is reprinted.</source>
        <translation>Bitte angeben, warum das Etikett erneut gedruckt wird.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say why the shipment is voided.</source>
        <translation>Bitte angeben, warum die Sendung storniert wird.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan an order, shipment or tracking barcode.</source>
        <translation>Einen Auftrags-, Sendungs- oder Sendungsverfolgungs-Barcode scannen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan the next parcel.</source>
        <translation>Das nächste Paket scannen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan the next parcel. For another part of a split order: Enter twice.</source>
        <translation>Das nächste Paket scannen. Für einen weiteren Teil eines geteilten Auftrags: zweimal Enter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent; the receipt printer cannot confirm it printed.</source>
        <translation>Gesendet; der Belegdrucker kann den Druck nicht bestätigen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SortedPRO did not book it.</source>
        <translation>SortedPRO hat nicht gebucht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SortedPRO queued the location&apos;s consignments.</source>
        <translation>SortedPRO hat die Sendungen des Standorts eingereiht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That label is not part of this booking.</source>
        <translation>Dieses Etikett gehört nicht zu dieser Buchung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The labels from SortedPRO do not match this shipment; nothing was printed.</source>
        <translation>Die Etiketten von SortedPRO passen nicht zu dieser Sendung; es wurde nichts gedruckt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The shipment for this quote is no longer open; scan it again.</source>
        <translation>Die Sendung zu diesem Angebot ist nicht mehr offen; bitte erneut scannen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There are no parcels to confirm now.</source>
        <translation>Jetzt sind keine Pakete zu bestätigen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no booking in progress.</source>
        <translation>Es läuft keine Buchung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no failed label print to retry.</source>
        <translation>Es gibt keinen fehlgeschlagenen Etikettendruck zu wiederholen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no failed print to retry.</source>
        <translation>Es gibt keinen fehlgeschlagenen Druck zu wiederholen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no order to pack now.</source>
        <translation>Jetzt ist kein Auftrag zu packen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no receipt to print.</source>
        <translation>Es gibt keinen Beleg zu drucken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again, or press Esc to leave the booking.</source>
        <translation>Erneut versuchen, oder Esc drücken, um die Buchung zu verlassen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again, or press Esc to leave this pack.</source>
        <translation>Erneut versuchen, oder Esc drücken, um diesen Packvorgang zu verlassen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try the other kind of offer, or check the weight and size.</source>
        <translation>Die andere Angebotsart versuchen, oder Gewicht und Größe prüfen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown code.</source>
        <translation>Unbekannter Code.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weigh the parcel and choose the box size, then press Enter for fresh quotes.</source>
        <translation>Paket wiegen und Kartongröße wählen, dann Enter für neue Angebote drücken.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Weigh the parcel, choose the box size, then press Enter.</source>
        <translation>Paket wiegen, Kartongröße wählen, dann Enter drücken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>allocated but no label printed</source>
        <translation>gebucht, aber kein Etikett gedruckt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>label sent but the printer never confirmed it</source>
        <translation>Etikett gesendet, aber der Drucker hat es nie bestätigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manifest sent, no answer came back</source>
        <translation>Manifest gesendet, keine Antwort erhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not allocated to a carrier yet</source>
        <translation>noch bei keinem Paketdienst gebucht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>printed, now marked ready to ship</source>
        <translation>gedruckt, jetzt als versandbereit markiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>some labels not printed</source>
        <translation>einige Etiketten nicht gedruckt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 expired at %3; here are fresh prices.</source>
        <translation>%1 %2 ist um %3 abgelaufen; hier sind neue Preise.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 no longer quotes for %3.</source>
        <translation>%1 %2 bietet für %3 kein Angebot mehr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 now costs %3 (was %4); confirm with the customer and choose again.</source>
        <translation>%1 %2 kostet jetzt %3 (vorher %4); mit dem Kunden klären und erneut wählen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2 to %3: let the customer choose.</source>
        <translation>%1 %2 nach %3: den Kunden wählen lassen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2).</source>
        <translation>%1 (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 Check which labels came out.</source>
        <translation>%1 Prüfen, welche Etiketten herauskamen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 Not printed: label %2.</source>
        <translation>%1 Nicht gedruckt: Etikett %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 Not printed: labels %2.</source>
        <translation>%1 Nicht gedruckt: Etiketten %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 Some labels may have printed — check before reprinting.</source>
        <translation>%1 Einige Etiketten wurden eventuell gedruckt — vor erneutem Druck prüfen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 SortedPRO could not say whether it was packed before (%2): check that it is not packed already.</source>
        <translation>%1 SortedPRO konnte nicht sagen, ob er schon gepackt wurde (%2): prüfen, dass er nicht bereits gepackt ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 SortedPRO does not show it manifested yet, but it may still be doing it. %2</source>
        <translation>%1 SortedPRO zeigt sie noch nicht im Manifest, arbeitet aber eventuell noch daran. %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 SortedPRO shows it is not manifested, so it is safe to send again. %2</source>
        <translation>%1 SortedPRO zeigt sie nicht im Manifest, erneutes Senden ist also sicher. %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 The job was sent, but whether it printed is unknown — check before reprinting.</source>
        <translation>%1 Der Auftrag wurde gesendet; ob er gedruckt wurde, ist unbekannt — vor erneutem Druck prüfen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 The printer may still print the held labels when the fault is cleared.</source>
        <translation>%1 Der Drucker druckt die zurückgehaltenen Etiketten eventuell noch, sobald der Fehler behoben ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 Which labels came out is unknown: check before printing again.</source>
        <translation>%1 Welche Etiketten herauskamen, ist unbekannt: vor erneutem Druck prüfen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 already exists for this booking, so only a quote can book it now; choose one, or press Esc to leave the booking.</source>
        <translation>%1 gibt es für diese Buchung schon, daher kann sie jetzt nur noch ein Angebot buchen; eines wählen oder Esc drücken, um die Buchung zu verlassen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 already has its carrier service; it was not booked again.</source>
        <translation>%1 hat bereits einen Versanddienst; es wurde nicht erneut gebucht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 codes arrived at once (%2). Scan one code at a time.</source>
        <translation>%1 Codes kamen auf einmal an (%2). Immer nur einen Code scannen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not be allocated: %2</source>
        <translation>%1 konnte nicht gebucht werden: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not be booked with that service: %2</source>
        <translation>%1 konnte mit diesem Dienst nicht gebucht werden: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 did not print: the %2 reports %3. Fix that, then print the missing labels again.</source>
        <translation>%1 nicht gedruckt: %2 meldet: %3. Das beheben, dann die fehlenden Etiketten erneut drucken.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 for %2</source>
        <translation>%1 für %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is CANCELLED. Do not ship this parcel.</source>
        <translation>%1 ist STORNIERT. Dieses Paket nicht versenden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is a return coming back, not a parcel to send. Do not ship it.</source>
        <translation>%1 ist eine Rücksendung, kein zu versendendes Paket. Nicht versenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is already being handled; wait for it to finish.</source>
        <translation>%1 wird bereits bearbeitet; bitte warten, bis es fertig ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is already done.</source>
        <translation>%1 ist bereits erledigt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is already manifested to %2: it cannot be voided at the bench.</source>
        <translation>%1 ist bereits im Manifest an %2: am Packplatz nicht stornierbar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is already manifested to the carrier.</source>
        <translation>%1 ist bereits im Manifest an den Paketdienst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is already manifested to the carrier: it cannot be voided at the bench.</source>
        <translation>%1 ist bereits im Manifest an den Paketdienst: am Packplatz nicht stornierbar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is booked with %2; its labels are not printed yet.</source>
        <translation>%1 ist bei %2 gebucht; die Etiketten sind noch nicht gedruckt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is booked; its labels are not printed yet.</source>
        <translation>%1 ist gebucht; die Etiketten sind noch nicht gedruckt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is cancelled: do not use its label.</source>
        <translation>%1 ist storniert: das Etikett nicht verwenden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a code this station knows how to look up.</source>
        <translation>%1 ist kein Code, den diese Station nachschlagen kann.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is voided. Destroy its label(s) now.</source>
        <translation>%1 ist storniert. Etikett(en) jetzt vernichten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is voided: do not use its label.</source>
        <translation>%1 ist storniert: das Etikett nicht verwenden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 labels</source>
        <translation>%1 Etiketten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 looks like a SortedPRO reference but is not complete (XX-XXX-XXX-XXX).</source>
        <translation>%1 sieht wie eine SortedPRO-Referenz aus, ist aber unvollständig (XX-XXX-XXX-XXX).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 needs its parcels confirmed before booking a carrier.</source>
        <translation>Für %1 müssen erst die Pakete bestätigt werden, bevor ein Paketdienst gebucht wird.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 only matches cancelled shipments or returns. Do not ship it.</source>
        <translation>%1 passt nur zu stornierten Sendungen oder Rücksendungen. Nicht versenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 parcels</source>
        <translation>%1 Pakete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 shipments match %2.</source>
        <translation>%1 Sendungen passen zu %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was already created for the booking in progress; finish it or press Esc to leave it before starting another.</source>
        <translation>%1 wurde für die laufende Buchung bereits angelegt; sie abschließen oder mit Esc verlassen, bevor eine neue beginnt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was already packed and printed this shift.</source>
        <translation>%1 wurde in dieser Schicht bereits gepackt und gedruckt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was not printed: %2</source>
        <translation>%1 wurde nicht gedruckt: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: did not happen</source>
        <translation>%1: ist nicht geschehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: did not happen; %2 exists but has no carrier yet</source>
        <translation>%1: ist nicht geschehen; %2 existiert, hat aber noch keinen Paketdienst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: done at PRO as %2</source>
        <translation>%1: bei PRO erledigt als %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: not at SortedPRO yet, but the station stopped while the call was on its way, and it may still go through</source>
        <translation>%1: noch nicht bei SortedPRO, aber die Station stoppte, während der Aufruf unterwegs war; er kann noch durchgehen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: still unknown (%2)</source>
        <translation>%1: noch unbekannt (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the HS code must have 6 to 10 digits.</source>
        <translation>%1: der HS-Code muss 6 bis 10 Ziffern haben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the country of origin must be a two-letter code.</source>
        <translation>%1: das Ursprungsland muss ein zweistelliger Code sein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the description is missing.</source>
        <translation>%1: die Beschreibung fehlt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the quantity must be at least 1.</source>
        <translation>%1: die Menge muss mindestens 1 sein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the value cannot be negative.</source>
        <translation>%1: der Wert darf nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the weight must be more than 0 kg.</source>
        <translation>%1: das Gewicht muss über 0 kg liegen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 label</source>
        <translation>1 Etikett</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 parcel</source>
        <translation>1 Paket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add at least one parcel.</source>
        <translation>Mindestens ein Paket hinzufügen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CUPS queue %1</source>
        <translation>CUPS-Warteschlange %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot reach SortedPRO at %1: check the network connection.</source>
        <translation>SortedPRO unter %1 ist nicht erreichbar: Netzwerkverbindung prüfen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check it in SortedPRO, then press Retry failed (or close the shift again).</source>
        <translation>In SortedPRO prüfen, dann „Fehlgeschlagene wiederholen“ drücken (oder die Schicht erneut abschließen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the form: %1 thing(s) to fix.</source>
        <translation>Formular prüfen: %1 Punkt(e) zu korrigieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a service for %1 (%2 parcel(s)).</source>
        <translation>Versanddienst für %1 wählen (%2 Paket(e)).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact: give a phone number or an e-mail for the carrier&apos;s messages.</source>
        <translation>Kontakt: eine Telefonnummer oder E-Mail für die Nachrichten des Paketdienstes angeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact: the e-mail address does not look right.</source>
        <translation>Kontakt: die E-Mail-Adresse sieht nicht richtig aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact: the name is missing.</source>
        <translation>Kontakt: der Name fehlt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact: the phone number must have 7 to 15 digits.</source>
        <translation>Kontakt: die Telefonnummer muss 7 bis 15 Ziffern haben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customs documents could not be fetched: %1</source>
        <translation>Zollpapiere konnten nicht abgerufen werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customs: a parcel to %1 needs a customs declaration.</source>
        <translation>Zoll: ein Paket nach %1 braucht eine Zollerklärung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customs: name the person who signs the declaration.</source>
        <translation>Zoll: die Person nennen, die die Erklärung unterschreibt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination: %1 is missing.</source>
        <translation>Ziel: %1 fehlt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination: the country must be a two-letter code such as GB or FR.</source>
        <translation>Ziel: das Land muss ein zweistelliger Code wie GB oder FR sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>International shipment: no document printer is set up for customs papers.</source>
        <translation>Auslandssendung: für Zollpapiere ist kein Dokumentendrucker eingerichtet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It has the shape of a tracking number, but its check digit is wrong.</source>
        <translation>Er hat die Form einer Sendungsnummer, aber die Prüfziffer ist falsch.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Label %1</source>
        <translation>Etikett %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label %1 carries no barcode with this shipment&apos;s tracking number.</source>
        <translation>Etikett %1 trägt keinen Barcode mit der Sendungsnummer dieser Sendung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Labels %1</source>
        <translation>Etiketten %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels %1-%2</source>
        <translation>Etiketten %1-%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left %1 as it is (%2).</source>
        <translation>%1 unverändert verlassen (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left %1 as it is.</source>
        <translation>%1 unverändert verlassen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No carrier service can take %1 as it is.</source>
        <translation>Kein Versanddienst kann %1 so annehmen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No shipment found for %1.</source>
        <translation>Keine Sendung für %1 gefunden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No shipment found for %1. %2</source>
        <translation>Keine Sendung für %1 gefunden. %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not booked: %1 Choose another.</source>
        <translation>Nicht gebucht: %1 Einen anderen wählen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not marked ready to ship (%1); closing the shift will retry.</source>
        <translation>Nicht als versandbereit markiert (%1); der Schichtabschluss versucht es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not marked ready to ship yet (%1); closing will retry.</source>
        <translation>Noch nicht als versandbereit markiert (%1); der Abschluss versucht es erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was printed: the %1 is not answering (no reply to a status query within %2 s). Check it is on and free, then print again.</source>
        <translation>Nichts gedruckt: %1 antwortet nicht (keine Antwort auf die Statusabfrage innerhalb von %2 s). Prüfen, ob er eingeschaltet und frei ist, dann erneut drucken.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was printed: the %1 reports %2. Fix that, then print again.</source>
        <translation>Nichts gedruckt: %1 meldet: %2. Das beheben, dann erneut drucken.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was scanned.</source>
        <translation>Es wurde nichts gescannt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order %1 is packed into %2, not booked with a carrier yet.</source>
        <translation>Auftrag %1 ist in %2 gepackt, noch bei keinem Paketdienst gebucht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order %1 is packed into %2.</source>
        <translation>Auftrag %1 ist in %2 gepackt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order %1 was packed before, into %2. Press Enter again to pack another consignment from it.</source>
        <translation>Auftrag %1 wurde schon gepackt, in %2. Erneut Enter drücken, um eine weitere Sendung daraus zu packen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Order %1 was packed before, into %2: packing it again buys another label.</source>
        <translation>Auftrag %1 wurde schon gepackt, in %2: erneutes Packen kauft ein weiteres Etikett.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order %1: %2 line(s) to pack.</source>
        <translation>Auftrag %1: %2 Position(en) zu packen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parcel %1, item %2</source>
        <translation>Paket %1, Artikel %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parcel %1: list its contents for customs.</source>
        <translation>Paket %1: den Inhalt für den Zoll auflisten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parcel %1: say what is in it (description).</source>
        <translation>Paket %1: angeben, was darin ist (Beschreibung).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parcel %1: the contents add up to %2 %3 but %4 is declared; they must agree on the customs forms.</source>
        <translation>Paket %1: der Inhalt ergibt %2 %3, deklariert sind aber %4; auf den Zollpapieren muss das übereinstimmen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Parcel %1: the contents weigh %2 kg, more than the parcel (%3 kg).</source>
        <translation>Paket %1: der Inhalt wiegt %2 kg, mehr als das Paket (%3 kg).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parcel %1: the currency must be a code such as GBP or EUR.</source>
        <translation>Paket %1: die Währung muss ein Code wie GBP oder EUR sein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parcel %1: the declared value cannot be negative.</source>
        <translation>Paket %1: der deklarierte Wert darf nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Retry failed (or close the shift again) when SortedPRO is back.</source>
        <translation>„Fehlgeschlagene wiederholen“ drücken (oder die Schicht erneut abschließen), sobald SortedPRO wieder da ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Press Retry failed in a moment (or close the shift again): it is checked at SortedPRO before it is sent again, so it will not be manifested twice.</source>
        <translation>Gleich „Fehlgeschlagene wiederholen“ drücken (oder die Schicht erneut abschließen): vor erneutem Senden wird bei SortedPRO geprüft, daher kommt nichts doppelt ins Manifest.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printed %1 labels for %2</source>
        <translation>%1 Etiketten für %2 gedruckt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed %1 on the %2.</source>
        <translation>%1 gedruckt auf %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed 1 label for %1</source>
        <translation>1 Etikett für %1 gedruckt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer problem: %1</source>
        <translation>Druckerproblem: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reprinted %1 labels for %2.</source>
        <translation>%1 Etiketten für %2 erneut gedruckt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reprinted %1 labels for %2: sent, but the printer cannot confirm it printed.</source>
        <translation>%1 Etiketten für %2 erneut gedruckt: gesendet, aber der Drucker kann den Druck nicht bestätigen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reprinted 1 label for %1.</source>
        <translation>1 Etikett für %1 erneut gedruckt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reprinted 1 label for %1: sent, but the printer cannot confirm it printed.</source>
        <translation>1 Etikett für %1 erneut gedruckt: gesendet, aber der Drucker kann den Druck nicht bestätigen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scan %1 (or its order) to allocate it and print its label.</source>
        <translation>%1 (oder den Auftrag) scannen, um zu buchen und das Etikett zu drucken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan %1 again to go on with %2; it will not be packed twice.</source>
        <translation>%1 erneut scannen, um mit %2 weiterzumachen; es wird nicht doppelt gepackt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scan %1 again to print its labels; it will not be booked twice.</source>
        <translation>%1 erneut scannen, um die Etiketten zu drucken; es wird nicht doppelt gebucht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scan %1 again.</source>
        <translation>%1 erneut scannen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan %1 to allocate it and print its label.</source>
        <translation>%1 scannen, um zu buchen und das Etikett zu drucken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan %1 to print its label.</source>
        <translation>%1 scannen, um das Etikett zu drucken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan %1, then reprint the missing labels.</source>
        <translation>%1 scannen, dann die fehlenden Etiketten erneut drucken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent %1 labels for %2, but this printer cannot confirm they printed: check the label is on the box</source>
        <translation>%1 Etiketten für %2 gesendet, aber dieser Drucker kann den Druck nicht bestätigen: prüfen, ob das Etikett auf dem Karton ist</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sent %1 labels for %2, not confirmed printed: %3</source>
        <translation>%1 Etiketten für %2 gesendet, Druck nicht bestätigt: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent %1 to the %2; ESC/POS printers cannot report whether they printed — check that they came out.</source>
        <translation>%1 an %2 gesendet; ESC/POS-Drucker können nicht melden, ob gedruckt wurde — prüfen, ob sie herauskamen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sent %1 to the %2; it cannot report whether they printed — check that they came out.</source>
        <translation>%1 an %2 gesendet; das Gerät kann nicht melden, ob gedruckt wurde — prüfen, ob sie herauskamen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent %1, but the %2 did not answer the status query afterwards — check that the labels came out.</source>
        <translation>%1 gesendet, aber %2 hat danach nicht auf die Statusabfrage geantwortet — prüfen, ob die Etiketten herauskamen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sent %1; after %2 s the %3 still holds %4 label(s) — check the printer.</source>
        <translation>%1 gesendet; nach %2 s hält %3 noch %4 Etikett(en) — Drucker prüfen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent 1 label for %1, but this printer cannot confirm they printed: check the label is on the box</source>
        <translation>1 Etikett für %1 gesendet, aber dieser Drucker kann den Druck nicht bestätigen: prüfen, ob das Etikett auf dem Karton ist</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sent 1 label for %1, not confirmed printed: %2</source>
        <translation>1 Etikett für %1 gesendet, Druck nicht bestätigt: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent to SortedPRO just before the station stopped; SortedPRO does not show it manifested yet, but it may still be doing it. Press Retry failed in a minute (or close the shift again): it is checked at SortedPRO before it is sent again, so it will not be manifested twice.</source>
        <translation>Kurz vor dem Stopp der Station an SortedPRO gesendet; SortedPRO zeigt sie noch nicht im Manifest, arbeitet aber eventuell noch daran. In einer Minute „Fehlgeschlagene wiederholen“ drücken (oder die Schicht erneut abschließen): vor erneutem Senden wird bei SortedPRO geprüft, daher kommt nichts doppelt ins Manifest.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SortedPRO at %1 did not answer the connection in time.</source>
        <translation>SortedPRO unter %1 hat die Verbindung nicht rechtzeitig angenommen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SortedPRO at %1 took too long to answer.</source>
        <translation>SortedPRO unter %1 hat zu lange für die Antwort gebraucht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SortedPRO did not manifest it: %1 %2</source>
        <translation>SortedPRO hat sie nicht ins Manifest übernommen: %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SortedPRO does not know this reference.</source>
        <translation>SortedPRO kennt diese Referenz nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SortedPRO does not know this reference: %1</source>
        <translation>SortedPRO kennt diese Referenz nicht: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SortedPRO is busy and asked the station to slow down.</source>
        <translation>SortedPRO ist ausgelastet und bittet die Station, langsamer zu machen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SortedPRO is busy and asked the station to slow down. Try again in %1 s.</source>
        <translation>SortedPRO ist ausgelastet und bittet die Station, langsamer zu machen. In %1 s erneut versuchen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SortedPRO is still busy with %1 (%2); scan it again in a minute.</source>
        <translation>SortedPRO bearbeitet %1 noch (%2); in einer Minute erneut scannen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SortedPRO is unavailable at the moment.</source>
        <translation>SortedPRO ist im Moment nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SortedPRO is unavailable at the moment: %1</source>
        <translation>SortedPRO ist im Moment nicht verfügbar: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SortedPRO offers no %1 for this parcel to %2.</source>
        <translation>SortedPRO bietet keine %1 für dieses Paket nach %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SortedPRO sent %1 for %2.</source>
        <translation>SortedPRO hat %1 für %2 gesendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The %1 reports %2 after the job; check the last label.</source>
        <translation>%1 meldet nach dem Auftrag: %2; das letzte Etikett prüfen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection to SortedPRO at %1 was lost before it answered.</source>
        <translation>Die Verbindung zu SortedPRO unter %1 brach vor der Antwort ab.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The customer&apos;s reference is longer than %1 characters.</source>
        <translation>Die Referenz des Kunden ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The labels of %1 were printed before, by another bench or in an earlier shift: check the parcel for its label.</source>
        <translation>Die Etiketten von %1 wurden schon gedruckt, an einem anderen Packplatz oder in einer früheren Schicht: das Paket auf sein Etikett prüfen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The receipt was not printed: %1</source>
        <translation>Der Beleg wurde nicht gedruckt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no choice %1 here.</source>
        <translation>Hier gibt es keine Auswahl %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no label %1 here.</source>
        <translation>Hier gibt es kein Etikett %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This offer expired at %1; ask again.</source>
        <translation>Dieses Angebot ist um %1 abgelaufen; erneut anfragen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This scan is %1 characters long, too long for a code. Scan one barcode at a time.</source>
        <translation>Dieser Scan ist %1 Zeichen lang, zu lang für einen Code. Immer nur einen Barcode scannen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wait a minute, then scan %1 again: SortedPRO is asked first, so it is not booked twice.</source>
        <translation>Eine Minute warten, dann %1 erneut scannen: SortedPRO wird zuerst gefragt, daher wird nichts doppelt gebucht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Whether it was manifested is not known yet: SortedPRO could not be asked (%1). %2</source>
        <translation>Ob sie im Manifest ist, ist noch unbekannt: SortedPRO konnte nicht gefragt werden (%1). %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Windows printer %1</source>
        <translation>Windows-Drucker %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>allocate</source>
        <translation>Buchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>allocated but never printed</source>
        <translation>gebucht, aber nie gedruckt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connected, but it does not answer status queries</source>
        <translation>verbunden, beantwortet aber keine Statusabfragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>create consignment</source>
        <translation>Sendung anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delivery option(s)</source>
        <translation>Zustelloption(en)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>folder %1</source>
        <translation>Ordner %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its cut-off</source>
        <translation>Annahmeschluss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>label %1</source>
        <translation>Etikett %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>label printing failed</source>
        <translation>Etikettendruck fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>label sent but never confirmed printed</source>
        <translation>Etikett gesendet, Druck nie bestätigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>label(s) %1 not printed</source>
        <translation>Etikett(en) %1 nicht gedruckt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>labels %1</source>
        <translation>Etiketten %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>labels %1-%2</source>
        <translation>Etiketten %1-%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manifest failed: %1</source>
        <translation>Manifest fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never allocated</source>
        <translation>nie gebucht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no status: ESC/POS printers cannot report whether they are ready</source>
        <translation>kein Status: ESC/POS-Drucker können nicht melden, ob sie bereit sind</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not reachable: %1</source>
        <translation>nicht erreichbar: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not ready: %1</source>
        <translation>nicht bereit: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pack order</source>
        <translation>Auftrag packen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paper is out</source>
        <translation>Papier ist leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pickup option(s)</source>
        <translation>Abholstelle(n)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print head is open</source>
        <translation>Druckkopf ist offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print head is too cold</source>
        <translation>Druckkopf ist zu kalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print head is too hot</source>
        <translation>Druckkopf ist zu heiß</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>printed, but SortedPRO shows it %1</source>
        <translation>gedruckt, aber SortedPRO zeigt %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>printed, not yet marked ready to ship (%1)</source>
        <translation>gedruckt, noch nicht als versandbereit markiert (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>printer at %1</source>
        <translation>Drucker unter %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>printer is paused</source>
        <translation>Drucker ist pausiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>printer memory lost its configuration</source>
        <translation>Druckerspeicher hat seine Konfiguration verloren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>printer on %1</source>
        <translation>Drucker an %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quote(s)</source>
        <translation>Angebot(e)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ready, %1 label(s) waiting</source>
        <translation>bereit, %1 Etikett(en) wartend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>receive buffer is full</source>
        <translation>Empfangspuffer ist voll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ribbon is out</source>
        <translation>Farbband ist leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>select option</source>
        <translation>Option auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the addressee&apos;s name</source>
        <translation>der Name des Empfängers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the first address line</source>
        <translation>die erste Adresszeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the postcode</source>
        <translation>die Postleitzahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the town</source>
        <translation>der Ort</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../packstation/gui/first_run.py" line="+82"/>
        <source>Welcome to Packstation</source>
        <translation>Willkommen bei Packstation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First run</source>
        <translation>Erster Start</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This station is not set up yet.</source>
        <translation>Diese Station ist noch nicht eingerichtet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the &amp;demo (sandbox, virtual printer)</source>
        <translation>&amp;Demo starten (Sandbox, virtueller Drucker)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Connect to SortedPRO</source>
        <translation>Mit SortedPRO &amp;verbinden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Try the bench on this computer: a local SortedPRO sandbox with a day of demo work, a virtual label printer and a virtual scale. Nothing reaches a carrier.</source>
        <translation>Den Packplatz auf diesem Rechner ausprobieren: eine lokale SortedPRO-Sandbox mit einem Tag Demo-Arbeit, ein virtueller Etikettendrucker und eine virtuelle Waage. Nichts geht an einen Paketdienst.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set up this bench for real work: you need the station&apos;s SortedPRO API key, its shipping location and the address of the label printer.</source>
        <translation>Diesen Packplatz für den echten Betrieb einrichten: Sie brauchen den SortedPRO-API-Schlüssel der Station, ihren Versandstandort und die Adresse des Etikettendruckers.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>only for custom, e.g. https://pro.example.com</source>
        <translation>nur für custom, z. B. https://pro.example.com</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Test &amp;print</source>
        <translation>&amp;Probedruck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save and start</source>
        <translation>&amp;Speichern und starten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set-up status</source>
        <translation>Einrichtungsstatus</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>API address</source>
        <translation>API-Adresse</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>Shipping location</source>
        <translation>Versandstandort</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Label printer address</source>
        <translation>Adresse des Etikettendruckers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label printer language</source>
        <translation>Sprache des Etikettendruckers</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Label printer</source>
        <translation>Etikettendrucker</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Paste the API key first.</source>
        <translation>Zuerst den API-Schlüssel einfügen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calling %1…</source>
        <translation>%1 wird aufgerufen…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Connected: %1 shipping location(s). Choose this station&apos;s.</source>
        <translation>Verbunden: %1 Versandstandort(e). Den dieser Station wählen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type the label printer&apos;s address first.</source>
        <translation>Zuerst die Adresse des Etikettendruckers eingeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printing a test label…</source>
        <translation>Testetikett wird gedruckt…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The test label did not print: %1</source>
        <translation>Das Testetikett wurde nicht gedruckt: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Test label: %1.</source>
        <translation>Testetikett: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Test the connection and choose a location first.</source>
        <translation>Zuerst die Verbindung testen und einen Standort wählen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../packstation/gui/formatting.py" line="+20"/>
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent, unconfirmed</source>
        <translation>gesendet, unbestätigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>found</source>
        <translation>gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>allocated</source>
        <translation>gebucht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>labels stored</source>
        <translation>Etiketten gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print failed</source>
        <translation>Druck fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print unconfirmed</source>
        <translation>Druck unbestätigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>printed</source>
        <translation>gedruckt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ready to ship</source>
        <translation>versandbereit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manifest sent</source>
        <translation>Manifest gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manifested</source>
        <translation>im Manifest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>voided</source>
        <translation>storniert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unallocated</source>
        <translation>nicht gebucht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allocating</source>
        <translation>wird gebucht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AllocationFailed</source>
        <translation>Buchung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allocated</source>
        <translation>gebucht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ReadyToShip</source>
        <translation>versandbereit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manifesting</source>
        <translation>wird ins Manifest übernommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manifested</source>
        <translation>im Manifest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ManifestFailed</source>
        <translation>Manifest fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelling</source>
        <translation>wird storniert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>storniert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipped</source>
        <translation>versendet</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 (guaranteed)</source>
        <translation>%1 (garantiert)</translation>
    </message>
</context>
<context>
    <name>LabelPanel</name>
    <message>
        <location filename="../../packstation/gui/label_panel.py" line="+24"/>
        <source>Labels</source>
        <translation>Etiketten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels and print status</source>
        <translation>Etiketten und Druckstatus</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Label %1</source>
        <translation>Etikett %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print status of label %1</source>
        <translation>Druckstatus von Etikett %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No preview: %1</source>
        <translation>Keine Vorschau: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>⏳ printing…</source>
        <translation>⏳ wird gedruckt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not printed yet</source>
        <translation>noch nicht gedruckt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✖ not printed
R retry · S skip</source>
        <translation>✖ nicht gedruckt
R&#xa0;wiederholen · S&#xa0;überspringen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not printed in this job</source>
        <translation>in diesem Auftrag nicht gedruckt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>? sent, unconfirmed: check it came out</source>
        <translation>? gesendet, unbestätigt: prüfen, ob es herauskam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✔ printed (confirmed)</source>
        <translation>✔ gedruckt (bestätigt)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../packstation/gui/main_window.py" line="+176"/>
        <source>Packstation — %1</source>
        <translation>Packstation — %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Screens</source>
        <translation>Bildschirme</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>F1  Pack</source>
        <translation>F1  Packen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F2  Counter</source>
        <translation>F2  Schalter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F3  Shift</source>
        <translation>F3  Schicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F4  Devices</source>
        <translation>F4  Geräte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F5  Settings</source>
        <translation>F5  Einstellungen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source> DEMO </source>
        <translation> DEMO </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo mode</source>
        <translation>Demomodus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API: %1</source>
        <translation>API: %1</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>Label printer status</source>
        <translation>Status des Etikettendruckers</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The label printer is %1.</source>
        <translation>Etikettendrucker: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix the printer before the next scan.</source>
        <translation>Beheben Sie das Problem am Drucker vor dem nächsten Scan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The label printer is ready again.</source>
        <translation>Der Etikettendrucker ist wieder bereit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan the next parcel.</source>
        <translation>Scannen Sie das nächste Paket.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Serial scanner</source>
        <translation>Serieller Scanner</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Printing a test label…</source>
        <translation>Testetikett wird gedruckt…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Test label: %1. %2</source>
        <translation>Testetikett: %1. %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Test label not printed: %1</source>
        <translation>Testetikett nicht gedruckt: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Printer: %1</source>
        <translation>Drucker: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>working…</source>
        <translation>arbeitet…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scale: none</source>
        <translation>Waage: keine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale: %1</source>
        <translation>Waage: %1</translation>
    </message>
</context>
<context>
    <name>OrderItems</name>
    <message>
        <location filename="../../packstation/gui/parcel_items.py" line="+17"/>
        <location line="+1"/>
        <source>Items in this parcel</source>
        <translation>Artikel in diesem Paket</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Quantity of %1</source>
        <translation>Menge von %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>of %1 · %2 not in a parcel</source>
        <translation>von %1 · %2 in keinem Paket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>of %1 · %2 too many</source>
        <translation>von %1 · %2 zu viel</translation>
    </message>
</context>
<context>
    <name>PackCalls</name>
    <message>
        <location filename="../../packstation/gui/pack_calls.py" line="+88"/>
        <source>Checking what was left open…</source>
        <translation>Offene Vorgänge werden geprüft…</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+13"/>
        <source>Looking up %1…</source>
        <translation>%1 wird gesucht…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Printing the missing labels again…</source>
        <translation>Fehlende Etiketten werden erneut gedruckt…</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+31"/>
        <source>Leaving this pack…</source>
        <translation>Sendung wird verlassen…</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Printing on %1…</source>
        <translation>Druck auf %1…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Booking a carrier…</source>
        <translation>Paketdienst wird gebucht…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Taking choice %1…</source>
        <translation>Auswahl %1 wird übernommen…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is voided.</source>
        <translation>%1 ist storniert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No pack to act on yet.</source>
        <translation>Noch keine Sendung ausgewählt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Voiding %1…</source>
        <translation>%1 wird storniert…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reprinting %1…</source>
        <translation>%1 wird nachgedruckt…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Try again.</source>
        <translation>Bitte erneut versuchen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 pack(s) were left unfinished last time.</source>
        <translation>%1 Sendung(en) blieben beim letzten Mal unfertig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>See “Left from last time”, then scan the next parcel.</source>
        <translation>Siehe „Vom letzten Mal offen“, dann das nächste Paket scannen.</translation>
    </message>
</context>
<context>
    <name>PackScreen</name>
    <message>
        <location filename="../../packstation/gui/pack_screen.py" line="+57"/>
        <source>Pack screen</source>
        <translation>Packbildschirm</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>To check</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What this pack still needs checked</source>
        <translation>Was bei diesem Packvorgang noch zu prüfen ist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left from last time</source>
        <translation>Vom letzten Mal offen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Packs left unfinished</source>
        <translation>Unfertige Sendungen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keys you can press now</source>
        <translation>Tasten, die jetzt gehen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scan:</source>
        <translation>Scan:</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Esc: leave this pack</source>
        <translation>Esc: Sendung verlassen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1–%1: pick   ↑↓ + Enter: pick highlighted</source>
        <translation>1–%1: wählen   ↑↓ + Enter: markierte wählen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>R: retry missing labels   S: skip (stays an exception)</source>
        <translation>R: fehlende Etiketten erneut drucken   S: überspringen (bleibt Klärfall)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P: print them on another printer</source>
        <translation>P: auf einem anderen Drucker drucken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter: confirm all parcels   %1: add a parcel   %2: remove it</source>
        <translation>Enter: alle Pakete bestätigen   %1: Paket hinzufügen   %2: entfernen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>R: reprint (asks why)   V: void (asks why)   ↑↓: pick a recent pack</source>
        <translation>R: nachdrucken (mit Grund)   V: stornieren (mit Grund)   ↑↓: letzte Sendung wählen</translation>
    </message>
</context>
<context>
    <name>ParcelChecks</name>
    <message>
        <location filename="../../packstation/gui/parcel_checks.py" line="+32"/>
        <source>weight?</source>
        <translation>Gewicht?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>box %1</source>
        <translation>Karton %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikel</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Put at least one item in the parcel.</source>
        <translation>Mindestens einen Artikel ins Paket legen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 more in the parcels than the order has (%3).</source>
        <translation>%1: %2 mehr in den Paketen, als der Auftrag hat (%3).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Type the weight in kg, e.g. 1.25.</source>
        <translation>Gewicht in kg eingeben, z. B. 1,25.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The weight must be more than 0 kg.</source>
        <translation>Das Gewicht muss über 0 kg liegen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type length, width and height in cm.</source>
        <translation>Länge, Breite und Höhe in cm eingeben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Parcel %1 of %2</source>
        <translation>Paket %1 von %2</translation>
    </message>
</context>
<context>
    <name>ParcelEntry</name>
    <message>
        <location filename="../../packstation/gui/parcel_entry.py" line="+58"/>
        <source>Parcels</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parcel entry</source>
        <translation>Paketangaben</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Weight in kilograms</source>
        <translation>Gewicht in Kilogramm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the weight, or put the parcel on the scale.</source>
        <translation>Gewicht eingeben oder das Paket auf die Waage legen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale reading</source>
        <translation>Waagenanzeige</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Box size</source>
        <translation>Kartongröße</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other size (type it)</source>
        <translation>Andere Größe (eingeben)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Length in centimetres</source>
        <translation>Länge in Zentimetern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>length cm</source>
        <translation>Länge cm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Width in centimetres</source>
        <translation>Breite in Zentimetern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>width cm</source>
        <translation>Breite cm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height in centimetres</source>
        <translation>Höhe in Zentimetern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>height cm</source>
        <translation>Höhe cm</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Weight (kg)</source>
        <translation>Gewicht (kg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L × W × H</source>
        <translation>L × B × H</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>There is only one parcel: it cannot be removed.</source>
        <translation>Es gibt nur ein Paket: Es kann nicht entfernt werden.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Box size %1 (from SortedPRO)</source>
        <translation>Kartongröße %1 (von SortedPRO)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No scale reading.</source>
        <translation>Kein Wert von der Waage.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>stable</source>
        <translation>stabil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>settling…</source>
        <translation>pendelt sich ein…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale: %1 kg, %2</source>
        <translation>Waage: %1 kg, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(the consignment said %1 kg)</source>
        <translation>(laut Sendung %1 kg)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>There is no order to pack.</source>
        <translation>Es gibt keinen Auftrag zum Packen.</translation>
    </message>
</context>
<context>
    <name>ParcelList</name>
    <message>
        <location filename="../../packstation/gui/parcel_list.py" line="+99"/>
        <source>Parcels</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Which parcel</source>
        <translation>Welches Paket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parcels in this pack</source>
        <translation>Pakete dieser Sendung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>+ Add (%1)</source>
        <translation>+ Paket (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>− Remove (%1)</source>
        <translation>− Paket (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 / %2: previous / next parcel</source>
        <translation>%1 / %2: vorheriges / nächstes Paket</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Parcel %1 of %2</source>
        <translation>Paket %1 von %2</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../packstation/gui/pin_dialog.py" line="+16"/>
        <location line="+1"/>
        <source>Shift lead PIN</source>
        <translation>PIN der Schichtleitung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../packstation/gui/reason_dialog.py" line="+34"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel (Esc)</source>
        <translation>Abbrechen (Esc)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reprint label</source>
        <translation>Etikett nachdrucken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why reprint the label of %1?</source>
        <translation>Warum das Etikett von %1 nachdrucken?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Label damaged or smudged</source>
        <translation>Etikett beschädigt oder verschmiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label did not come out</source>
        <translation>Etikett kam nicht heraus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label stuck on the wrong parcel</source>
        <translation>Etikett auf falsches Paket geklebt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer jammed</source>
        <translation>Papierstau im Drucker</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reprint (Enter)</source>
        <translation>Nachdrucken (Enter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Void shipment</source>
        <translation>Sendung stornieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Void %1? It is cancelled at SortedPRO and its labels must be destroyed. Choose or type the reason, then press Enter.</source>
        <translation>%1 stornieren? Die Sendung wird bei SortedPRO storniert, ihre Etiketten müssen vernichtet werden. Grund wählen oder eingeben, dann Enter drücken.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Packed by mistake</source>
        <translation>Versehentlich gepackt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong service chosen</source>
        <translation>Falsche Versandart gewählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer cancelled the order</source>
        <translation>Kunde hat den Auftrag storniert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parcel damaged, will be repacked</source>
        <translation>Paket beschädigt, wird neu gepackt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Void (Enter)</source>
        <translation>Stornieren (Enter)</translation>
    </message>
</context>
<context>
    <name>RecentPacks</name>
    <message>
        <location filename="../../packstation/gui/recent_packs.py" line="+22"/>
        <location line="+1"/>
        <source>Recent packs</source>
        <translation>Letzte Sendungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pack counts</source>
        <translation>Anzahl Sendungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recent packs list</source>
        <translation>Liste der letzten Sendungen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Packed this shift: %1   Last hour: %2</source>
        <translation>Diese Schicht: %1   Letzte Stunde: %2</translation>
    </message>
</context>
<context>
    <name>ScanField</name>
    <message>
        <location filename="../../packstation/gui/scan_field.py" line="+29"/>
        <source>Scan field</source>
        <translation>Scanfeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan or type a code, then Enter</source>
        <translation>Code scannen oder eingeben, dann Enter</translation>
    </message>
</context>
<context>
    <name>SerialScans</name>
    <message>
        <location filename="../../packstation/gui/serial_scans.py" line="+47"/>
        <source>disconnected: %1</source>
        <translation>getrennt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
</context>
<context>
    <name>SettingsCalls</name>
    <message>
        <location filename="../../packstation/gui/settings_calls.py" line="+40"/>
        <source>These are the settings this station runs with (read only here).</source>
        <translation>Mit diesen Einstellungen läuft diese Station (hier nur lesbar).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change a value and it is checked at once. Saved to %1; restart Packstation to use the new values. A value set by a PACKSTATION_* variable wins over the file.</source>
        <translation>Ein geänderter Wert wird sofort geprüft. Gespeichert in %1; Packstation neu starten, um die neuen Werte zu nutzen. Ein Wert aus einer PACKSTATION_*-Variable hat Vorrang vor der Datei.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved. Restart Packstation to use the new settings.</source>
        <translation>Gespeichert. Packstation neu starten, um die neuen Einstellungen zu nutzen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Stored in the %1: %2</source>
        <translation>Gespeichert (%1): %2</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../packstation/gui/settings_screen.py" line="+56"/>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Save settings</source>
        <translation>Einstellungen &amp;speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save settings</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SortedPRO</source>
        <translation>SortedPRO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printers</source>
        <translation>Drucker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale</source>
        <translation>Waage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screen and sound</source>
        <translation>Bildschirm und Ton</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Station name</source>
        <translation>Name der Station</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipping location</source>
        <translation>Versandstandort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carrier service chosen by</source>
        <translation>Versanddienst gewählt nach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo station</source>
        <translation>Demo-Station</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address (custom)</source>
        <translation>Adresse (eigene)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Connect time limit (s)</source>
        <translation>Zeitlimit Verbindung (s)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Answer time limit (s)</source>
        <translation>Zeitlimit Antwort (s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send time limit (s)</source>
        <translation>Zeitlimit Senden (s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label printer</source>
        <translation>Etikettendrucker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label printer language</source>
        <translation>Sprache des Etikettendruckers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label printer dots per inch</source>
        <translation>Punkte pro Zoll des Etikettendruckers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label size</source>
        <translation>Etikettengröße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document printer</source>
        <translation>Dokumentendrucker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt printer</source>
        <translation>Belegdrucker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt printer language</source>
        <translation>Sprache des Belegdruckers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale port</source>
        <translation>Anschluss der Waage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale protocol</source>
        <translation>Protokoll der Waage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial scanner port</source>
        <translation>Anschluss des seriellen Scanners</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key a scan ends with</source>
        <translation>Taste am Ende eines Scans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sounds</source>
        <translation>Töne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text size (pt)</source>
        <translation>Schriftgröße (pt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A new language shows after Packstation is restarted.</source>
        <translation>Eine neue Sprache erscheint nach einem Neustart von Packstation.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Automatic (the system&apos;s language)</source>
        <translation>Automatisch (Systemsprache)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>SortedPRO API key</source>
        <translation>SortedPRO-API-Schlüssel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New API key</source>
        <translation>Neuer API-Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paste a new key here</source>
        <translation>neuen Schlüssel hier einfügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store &amp;key</source>
        <translation>Schlüssel s&amp;peichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store key</source>
        <translation>Schlüssel speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stored key</source>
        <translation>Gespeicherter Schlüssel</translation>
    </message>
</context>
<context>
    <name>ShiftScreen</name>
    <message>
        <location filename="../../packstation/gui/other_screens.py" line="-183"/>
        <source>Shift</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every pack of this shift, what needs a person before closing, and closing the shift: manifest to the carriers, then the driver sheet.</source>
        <translation>Alle Sendungen dieser Schicht, was vor dem Abschluss ein Mensch klären muss, und der Schichtabschluss: Manifest an die Paketdienste, dann die Übergabeliste.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer ref.</source>
        <translation>Kundenref.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carrier, service</source>
        <translation>Versandart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parcels</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Packs of this shift</source>
        <translation>Sendungen dieser Schicht</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exceptions of this shift</source>
        <translation>Klärfälle dieser Schicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs a person before closing</source>
        <translation>Vor dem Abschluss zu klären</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter on a line opens it on the Pack screen (a failed label prints again from the stored copy). Tick an unconfirmed label once you have seen it on its parcel.</source>
        <translation>Enter auf einer Zeile öffnet sie im Packbildschirm (ein fehlgeschlagenes Etikett wird aus der gespeicherten Kopie erneut gedruckt). Haken Sie ein unbestätigtes Etikett ab, sobald Sie es auf seinem Paket gesehen haben.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>None: every pack is printed and ready.</source>
        <translation>Keine: Jede Sendung ist gedruckt und bereit.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Reading this shift from the journal…</source>
        <translation>Die Schicht wird aus dem Journal gelesen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Packed this shift: %1   Last hour: %2</source>
        <translation>Diese Schicht: %1   Letzte Stunde: %2</translation>
    </message>
</context>
<context>
    <name>StatusBanner</name>
    <message>
        <location filename="../../packstation/gui/banner.py" line="+38"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>READY</source>
        <translation>BEREIT</translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+54"/>
        <source>DONE</source>
        <translation>FERTIG</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>READY TO SCAN</source>
        <translation>BEREIT ZUM SCANNEN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CHOOSE THE SHIPMENT</source>
        <translation>SENDUNG WÄHLEN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CONFIRM THE PARCELS</source>
        <translation>PAKETE BESTÄTIGEN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CHOOSE A SERVICE</source>
        <translation>VERSANDART WÄHLEN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CONFIRM THE DELIVERY OPTION</source>
        <translation>ZUSTELLOPTION BESTÄTIGEN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PACK THE ORDER</source>
        <translation>AUFTRAG PACKEN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LABELS NOT PRINTED</source>
        <translation>ETIKETTEN NICHT GEDRUCKT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ALREADY DONE</source>
        <translation>BEREITS ERLEDIGT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>REFUSED</source>
        <translation>ABGELEHNT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>CHECK</source>
        <translation>PRÜFEN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PROBLEM</source>
        <translation>PROBLEM</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>WORKING…</source>
        <translation>ARBEITET…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Please wait.</source>
        <translation>Bitte warten.</translation>
    </message>
</context>
</TS>
