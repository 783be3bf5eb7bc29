<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>ChoiceTable</name>
    <message>
        <location filename="../../packstation/gui/choice_table.py" line="+30"/>
        <source>Choices</source>
        <translation>Wybór</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+20"/>
        <source>Key</source>
        <translation>Nr</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Price</source>
        <translation>Cena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Usługa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery</source>
        <translation>Doręczenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cut-off</source>
        <translation>Nadanie do</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reference</source>
        <translation>Numer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer ref.</source>
        <translation>Nr klienta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination</source>
        <translation>Cel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
</context>
<context>
    <name>CloseShiftCalls</name>
    <message>
        <location filename="../../packstation/gui/close_shift_calls.py" line="+67"/>
        <source>No shift lead PIN is set up for this station, so the shift cannot be closed from this window.</source>
        <translation>Dla tego stanowiska nie ustawiono PIN-u kierownika zmiany, więc zmiany nie można zamknąć w tym oknie.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Shift lead: type your PIN to close the shift.</source>
        <translation>Kierownik zmiany: wpisz PIN, aby zamknąć zmianę.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Checking the PIN…</source>
        <translation>Sprawdzanie PIN-u…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Manifesting…</source>
        <translation>Wysyłanie manifestu…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Retrying the failed consignments…</source>
        <translation>Ponawianie nieudanych przesyłek…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No document printer is set up.</source>
        <translation>Nie ustawiono drukarki dokumentów.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Driver sheet sent to %1 (%2).</source>
        <translation>Protokół przekazania wysłany do %1 (%2).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Closing the shift…</source>
        <translation>Zamykanie zmiany…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The shift is closed. The next pack starts a new one.</source>
        <translation>Zmiana zamknięta. Następne pakowanie rozpocznie nową.</translation>
    </message>
</context>
<context>
    <name>CloseShiftPanel</name>
    <message>
        <location filename="../../packstation/gui/close_shift_panel.py" line="+35"/>
        <location line="+1"/>
        <source>Close the shift</source>
        <translation>Zamknij zmianę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing needs the shift lead&apos;s PIN.</source>
        <translation>Zamknięcie wymaga PIN-u kierownika zmiany.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close shift…</source>
        <translation>&amp;Zamknij zmianę…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Manifest now</source>
        <translation>&amp;Manifest teraz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retry failed</source>
        <translation>Ponów &amp;nieudane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print driver sheet</source>
        <translation>&amp;Drukuj protokół przekazania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish closing</source>
        <translation>Za&amp;kończ zamykanie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Manifest progress</source>
        <translation>Postęp manifestu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manifest results</source>
        <translation>Wyniki manifestu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Driver sheet preview</source>
        <translation>Podgląd protokołu przekazania</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1 pack(s) will be manifested; %2 exception(s) stay open (listed above).</source>
        <translation>Przesyłki w manifeście: %1; wyjątki pozostające otwarte: %2 (lista powyżej).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: %2 consignment(s), %3 parcel(s) manifested</source>
        <translation>%1: w manifeście przesyłki: %2, paczki: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>✖ %1 not manifested: %2</source>
        <translation>✖ %1 poza manifestem: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Manifest done with %1 failure(s). Retry them, or print and finish.</source>
        <translation>Manifest wysłany, błędy: %1. Ponów je albo wydrukuj i zakończ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything sent was manifested; %1 exception(s) stay open (listed above). Print the driver sheet, then finish.</source>
        <translation>Wszystko, co wysłano, jest w manifeście; wyjątki pozostające otwarte: %1 (lista powyżej). Wydrukuj protokół przekazania, potem zakończ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything was manifested. Print the driver sheet, then finish.</source>
        <translation>Wszystko jest w manifeście. Wydrukuj protokół przekazania, potem zakończ.</translation>
    </message>
</context>
<context>
    <name>ConsignmentPanel</name>
    <message>
        <location filename="../../packstation/gui/consignment_panel.py" line="+19"/>
        <location line="+1"/>
        <source>Current consignment</source>
        <translation>Bieżąca przesyłka</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reference</source>
        <translation>Numer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer ref.</source>
        <translation>Nr klienta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination</source>
        <translation>Cel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parcels</source>
        <translation>Paczki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carrier, service</source>
        <translation>Przewoźnik, usługa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promise</source>
        <translation>Termin doręczenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n item(s) to pack</source>
        <translation>
            <numerusform>%n pozycja do spakowania</numerusform>
            <numerusform>%n pozycje do spakowania</numerusform>
            <numerusform>%n pozycji do spakowania</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CounterCalls</name>
    <message>
        <location filename="../../packstation/gui/counter_calls.py" line="+44"/>
        <source>Printing the missing labels again…</source>
        <translation>Ponowny druk brakujących etykiet…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printing the receipt…</source>
        <translation>Drukowanie potwierdzenia…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Leaving this booking…</source>
        <translation>Porzucanie tej rezerwacji…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Asking SortedPRO…</source>
        <translation>Pytanie SortedPRO…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Booking choice %1…</source>
        <translation>Rezerwacja wyboru %1…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Try again.</source>
        <translation>Spróbuj ponownie.</translation>
    </message>
</context>
<context>
    <name>CounterForm</name>
    <message>
        <location filename="../../packstation/gui/counter_form.py" line="+36"/>
        <source>Booking form</source>
        <translation>Formularz nadania</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send to</source>
        <translation>Odbiorca</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name *</source>
        <translation>Imię i nazwisko *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address *</source>
        <translation>Adres *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address line 2</source>
        <translation>Adres, linia 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Town *</source>
        <translation>Miejscowość *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode *</source>
        <translation>Kod pocztowy *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country *</source>
        <translation>Kraj *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their reference</source>
        <translation>Numer klienta</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter: ask for quotes   %1: add a parcel   %2: remove it   Esc: new booking</source>
        <translation>Enter: pobierz wyceny   %1: dodaj paczkę   %2: usuń ją   Esc: nowe nadanie</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Customs (parcels leaving %1)</source>
        <translation>Cło (paczki wysyłane poza %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customs category</source>
        <translation>Kategoria celna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gift</source>
        <translation>Prezent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sale of goods</source>
        <translation>Sprzedaż towarów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commercial sample</source>
        <translation>Próbka handlowa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>Dokumenty</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declared by *</source>
        <translation>Zgłaszający *</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Fill in: %1.</source>
        <translation>Uzupełnij: %1.</translation>
    </message>
</context>
<context>
    <name>CounterParcelDetails</name>
    <message>
        <location filename="../../packstation/gui/counter_parcel.py" line="+55"/>
        <source>What is in it</source>
        <translation>Zawartość</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declared value (%1)</source>
        <translation>Deklarowana wartość (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What is in it *</source>
        <translation>Zawartość *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value (%1) *</source>
        <translation>Wartość (%1) *</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contents of this parcel</source>
        <translation>Zawartość tej paczki</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Qty</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>%1: add an item   %2: remove the item you are in</source>
        <translation>%1: dodaj pozycję   %2: usuń bieżącą pozycję</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Origin</source>
        <translation>Pochodzenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HS code</source>
        <translation>Kod HS</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Contents of parcel %1 of %2, for customs</source>
        <translation>Zawartość paczki %1 z %2, do odprawy celnej</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Item %1 description</source>
        <translation>Pozycja %1: opis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item %1 quantity</source>
        <translation>Pozycja %1: ilość</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item %1 value</source>
        <translation>Pozycja %1: wartość</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item %1 weight in kg</source>
        <translation>Pozycja %1: waga w kg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item %1 made in (country code)</source>
        <translation>Pozycja %1: kraj pochodzenia (kod kraju)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item %1 tariff code (HS)</source>
        <translation>Pozycja %1: kod taryfy celnej (HS)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>what it is, e.g. wool scarf</source>
        <translation>co to jest, np. wełniany szalik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item %1</source>
        <translation>Pozycja %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Parcel %1</source>
        <translation>Paczka %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: type its value in %2, e.g. 25.00.</source>
        <translation>%1: wpisz wartość w %2, np. 25.00.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>item %1</source>
        <translation>pozycja %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: type the quantity, value and weight as numbers.</source>
        <translation>%1: wpisz ilość, wartość i wagę jako liczby.</translation>
    </message>
</context>
<context>
    <name>CounterScreen</name>
    <message>
        <location filename="../../packstation/gui/counter_screen.py" line="+35"/>
        <source>Counter</source>
        <translation>Okienko</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Options</source>
        <translation>&amp;Opcje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pickup</source>
        <translation>&amp;Punkty odbioru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quotes</source>
        <translation>&amp;Wyceny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retry label</source>
        <translation>Ponów &amp;etykietę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt &amp;again</source>
        <translation>Potwierdzenie &amp;jeszcze raz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New (Esc)</source>
        <translation>&amp;Nowe (Esc)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Things to fix</source>
        <translation>Do poprawienia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Receipt status</source>
        <translation>Stan potwierdzenia</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Alt + the underlined letter</source>
        <translation>Alt + podkreślona litera</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Fill in the form, then ask for quotes, delivery options or pickup points.</source>
        <translation>Wypełnij formularz, potem pobierz wyceny, opcje doręczenia lub punkty odbioru.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter in the form asks for quotes.</source>
        <translation>Enter w formularzu pobiera wyceny.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Receipt not printed: %1</source>
        <translation>Potwierdzenie niewydrukowane: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Receipt printed on %1 (%2).</source>
        <translation>Potwierdzenie wydrukowane na %1 (%2).</translation>
    </message>
</context>
<context>
    <name>CounterUnavailableScreen</name>
    <message>
        <location filename="../../packstation/gui/other_screens.py" line="+55"/>
        <source>Counter</source>
        <translation>Okienko</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counter booking is not set up on this station. Parcels with a delivery option code (EDO-…) can be booked on the Pack screen (F1) by scanning the code.</source>
        <translation>Nadawanie przy okienku nie jest skonfigurowane na tym stanowisku. Paczki z kodem opcji doręczenia (EDO-…) można nadać na ekranie pakowania (F1), skanując kod.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../packstation/gui/crash.py" line="+70"/>
        <source>Packstation: program error</source>
        <translation>Packstation: błąd programu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Program error</source>
        <translation>Błąd programu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Packstation hit a program error. What was saved is safe. Tell the shift lead and give them the details below; then carry on or restart Packstation.</source>
        <translation>W Packstation wystąpił błąd programu. To, co zapisano, jest bezpieczne. Powiadom kierownika zmiany i przekaż mu poniższe szczegóły; potem pracuj dalej albo uruchom Packstation ponownie.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Error details and log</source>
        <translation>Szczegóły błędu i dziennik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy details</source>
        <translation>Kopiuj szczegóły</translation>
    </message>
</context>
<context>
    <name>DeviceLog</name>
    <message>
        <location filename="../../packstation/gui/device_log.py" line="+48"/>
        <source>last: %1</source>
        <translation>ostatnio: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>last error: %1</source>
        <translation>ostatni błąd: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 at %2</source>
        <translation>%1 o %2</translation>
    </message>
</context>
<context>
    <name>DevicesScreen</name>
    <message>
        <location filename="../../packstation/gui/other_screens.py" line="+152"/>
        <location line="+5"/>
        <source>Devices</source>
        <translation>Urządzenia</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The printers, scale and scanner of this bench, with what each last did.</source>
        <translation>Drukarki, waga i skaner tego stanowiska, z ostatnim wynikiem każdego z nich.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Test print on the label printer</source>
        <translation>&amp;Wydruk testowy na drukarce etykiet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test print on the label printer</source>
        <translation>Wydruk testowy na drukarce etykiet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Test print result</source>
        <translation>Wynik wydruku testowego</translation>
    </message>
    <message>
        <location line="+22"/>
        <source> — in use</source>
        <translation> — w użyciu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label printer %1</source>
        <translation>Drukarka etykiet %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Document printer</source>
        <translation>Drukarka dokumentów</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <location line="+3"/>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Receipt printer</source>
        <translation>Drukarka potwierdzeń</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scale</source>
        <translation>Waga</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keyboard wedge (ends with %1)</source>
        <translation>skaner klawiaturowy (kończy %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scanner</source>
        <translation>Skaner</translation>
    </message>
</context>
<context>
    <name>EngineWords</name>
    <message>
        <location filename="../../packstation/gui/engine_words.py" line="+20"/>
        <source>Ask the shift lead to cancel it with the carrier.</source>
        <translation>Poproś kierownika zmiany o anulowanie jej u przewoźnika.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check in SortedPRO before packing it again.</source>
        <translation>Sprawdź w SortedPRO przed ponownym pakowaniem.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the code and scan again, or put the parcel aside.</source>
        <translation>Sprawdź kod i zeskanuj ponownie albo odłóż paczkę.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the label is on the parcel; reprint if not.</source>
        <translation>Sprawdź, czy etykieta jest na paczce; jeśli nie, wydrukuj ponownie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the parcels, then press Enter to book a carrier.</source>
        <translation>Sprawdź paczki, potem naciśnij Enter, aby zarezerwować przewoźnika.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the weight and size (or split the parcel), then press Enter.</source>
        <translation>Sprawdź wagę i rozmiar (albo podziel paczkę), potem naciśnij Enter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose another service for it (1-9), or press Esc to leave it.</source>
        <translation>Wybierz inną usługę (1-9) albo naciśnij Esc, aby ją zostawić.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the shift again: each such consignment is checked before it is sent.</source>
        <translation>Zamknij zmianę ponownie: każda taka przesyłka jest sprawdzana przed wysłaniem.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closing the shift will retry.</source>
        <translation>Zamknięcie zmiany spróbuje ponownie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm the parcel (weight, size) and which items go in it, then press Enter.</source>
        <translation>Potwierdź paczkę (waga, rozmiar) i co do niej trafia, potem naciśnij Enter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Correct the fields listed, then ask again.</source>
        <translation>Popraw wymienione pola, potem zapytaj ponownie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter: pack another consignment   Esc or the next scan: leave it</source>
        <translation>Enter: spakuj kolejną przesyłkę   Esc lub następny skan: zostaw</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fill in the destination and parcels, then ask for options or quotes.</source>
        <translation>Wypełnij adresata i paczki, potem zapytaj o opcje lub oferty.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hand over the receipt; fill in the form for the next customer.</source>
        <translation>Wydaj potwierdzenie; wypełnij formularz dla następnego klienta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to do.</source>
        <translation>Nic do zrobienia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Enter (or 1) to book it and print the label; Esc to leave it.</source>
        <translation>Naciśnij Enter (lub 1), aby zarezerwować i wydrukować etykietę; Esc, aby zostawić.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Press Esc to leave the booking.</source>
        <translation>Naciśnij Esc, aby zostawić rezerwację.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Esc to leave this pack.</source>
        <translation>Naciśnij Esc, aby zostawić to pakowanie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press P to print the receipt again, then fill in the form for the next customer.</source>
        <translation>Naciśnij P, aby wydrukować potwierdzenie ponownie, potem wypełnij formularz dla następnego klienta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Press R to reprint its label (you will be asked why).</source>
        <translation>Naciśnij R, aby wydrukować etykietę ponownie (z podaniem powodu).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press the number of the choice (1-9), or use the arrows and Enter.</source>
        <translation>Naciśnij numer wyboru (1-9) albo użyj strzałek i Enter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Press the number of the right one (1-9), or use the arrows and Enter.</source>
        <translation>Naciśnij numer właściwej (1-9) albo użyj strzałek i Enter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Press the number of the service (1-9), or use the arrows and Enter.</source>
        <translation>Naciśnij numer usługi (1-9) albo użyj strzałek i Enter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put the parcel aside and call the shift lead.</source>
        <translation>Odłóż paczkę i wezwij kierownika zmiany.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the parcel aside for the shift lead.</source>
        <translation>Odłóż paczkę dla kierownika zmiany.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R: retry the missing labels   S: skip (stays an exception)</source>
        <translation>R: ponów brakujące etykiety   S: pomiń (zostaje wyjątkiem)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready for the next booking.</source>
        <translation>Gotowe do następnej rezerwacji.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready.</source>
        <translation>Gotowe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say why the label is reprinted.</source>
        <translation>Podaj, dlaczego etykieta jest drukowana ponownie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say why the shipment is voided.</source>
        <translation>Podaj, dlaczego przesyłka jest anulowana.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan an order, shipment or tracking barcode.</source>
        <translation>Zeskanuj kod kreskowy zamówienia, przesyłki lub numeru śledzenia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan the next parcel.</source>
        <translation>Zeskanuj następną paczkę.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan the next parcel. For another part of a split order: Enter twice.</source>
        <translation>Zeskanuj następną paczkę. Dla kolejnej części podzielonego zamówienia: dwa razy Enter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent; the receipt printer cannot confirm it printed.</source>
        <translation>Wysłano; drukarka potwierdzeń nie może potwierdzić wydruku.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SortedPRO did not book it.</source>
        <translation>SortedPRO tego nie zarezerwował.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SortedPRO queued the location&apos;s consignments.</source>
        <translation>SortedPRO ustawił przesyłki lokalizacji w kolejce.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That label is not part of this booking.</source>
        <translation>Ta etykieta nie należy do tej rezerwacji.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The labels from SortedPRO do not match this shipment; nothing was printed.</source>
        <translation>Etykiety z SortedPRO nie pasują do tej przesyłki; nic nie wydrukowano.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The shipment for this quote is no longer open; scan it again.</source>
        <translation>Przesyłka dla tej oferty nie jest już otwarta; zeskanuj ją ponownie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There are no parcels to confirm now.</source>
        <translation>Teraz nie ma paczek do potwierdzenia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no booking in progress.</source>
        <translation>Żadna rezerwacja nie jest w toku.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no failed label print to retry.</source>
        <translation>Nie ma nieudanego druku etykiet do ponowienia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no failed print to retry.</source>
        <translation>Nie ma nieudanego druku do ponowienia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no order to pack now.</source>
        <translation>Teraz nie ma zamówienia do spakowania.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no receipt to print.</source>
        <translation>Nie ma potwierdzenia do wydrukowania.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again, or press Esc to leave the booking.</source>
        <translation>Spróbuj ponownie albo naciśnij Esc, aby zostawić rezerwację.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again, or press Esc to leave this pack.</source>
        <translation>Spróbuj ponownie albo naciśnij Esc, aby zostawić to pakowanie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try the other kind of offer, or check the weight and size.</source>
        <translation>Spróbuj innego rodzaju oferty albo sprawdź wagę i rozmiar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown code.</source>
        <translation>Nieznany kod.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weigh the parcel and choose the box size, then press Enter for fresh quotes.</source>
        <translation>Zważ paczkę i wybierz rozmiar kartonu, potem naciśnij Enter, aby dostać nowe oferty.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Weigh the parcel, choose the box size, then press Enter.</source>
        <translation>Zważ paczkę, wybierz rozmiar kartonu, potem naciśnij Enter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>allocated but no label printed</source>
        <translation>zarezerwowana, ale bez wydrukowanej etykiety</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>label sent but the printer never confirmed it</source>
        <translation>etykietę wysłano, ale drukarka nigdy jej nie potwierdziła</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manifest sent, no answer came back</source>
        <translation>manifest wysłany, brak odpowiedzi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not allocated to a carrier yet</source>
        <translation>jeszcze bez przewoźnika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>printed, now marked ready to ship</source>
        <translation>wydrukowana, teraz oznaczona jako gotowa do wysyłki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>some labels not printed</source>
        <translation>część etykiet niewydrukowana</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 expired at %3; here are fresh prices.</source>
        <translation>%1 %2 wygasła o %3; oto nowe ceny.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 no longer quotes for %3.</source>
        <translation>%1 %2 nie ma już oferty dla %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 now costs %3 (was %4); confirm with the customer and choose again.</source>
        <translation>%1 %2 kosztuje teraz %3 (było %4); potwierdź z klientem i wybierz ponownie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2 to %3: let the customer choose.</source>
        <translation>Do %3: %2 (%1) — niech klient wybierze.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2).</source>
        <translation>%1 (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 Check which labels came out.</source>
        <translation>%1 Sprawdź, które etykiety wyszły.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 Not printed: label %2.</source>
        <translation>%1 Niewydrukowana: etykieta %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 Not printed: labels %2.</source>
        <translation>%1 Niewydrukowane: etykiety %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 Some labels may have printed — check before reprinting.</source>
        <translation>%1 Część etykiet mogła się wydrukować — sprawdź przed ponownym drukiem.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 SortedPRO could not say whether it was packed before (%2): check that it is not packed already.</source>
        <translation>%1 SortedPRO nie umiał powiedzieć, czy było już pakowane (%2): sprawdź, czy nie jest już spakowane.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 SortedPRO does not show it manifested yet, but it may still be doing it. %2</source>
        <translation>%1 SortedPRO nie pokazuje jej jeszcze w manifeście, ale może nadal nad tym pracować. %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 SortedPRO shows it is not manifested, so it is safe to send again. %2</source>
        <translation>%1 SortedPRO pokazuje, że nie jest w manifeście, więc można bezpiecznie wysłać ponownie. %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 The job was sent, but whether it printed is unknown — check before reprinting.</source>
        <translation>%1 Zadanie wysłano, ale nie wiadomo, czy się wydrukowało — sprawdź przed ponownym drukiem.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 The printer may still print the held labels when the fault is cleared.</source>
        <translation>%1 Drukarka może jeszcze wydrukować wstrzymane etykiety po usunięciu usterki.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 Which labels came out is unknown: check before printing again.</source>
        <translation>%1 Nie wiadomo, które etykiety wyszły: sprawdź przed ponownym drukiem.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 already exists for this booking, so only a quote can book it now; choose one, or press Esc to leave the booking.</source>
        <translation>%1 już istnieje dla tej rezerwacji, więc teraz można ją zarezerwować tylko ofertą; wybierz jedną albo naciśnij Esc, aby zostawić rezerwację.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 already has its carrier service; it was not booked again.</source>
        <translation>%1 ma już usługę przewoźnika; nie zarezerwowano jej ponownie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 and %2</source>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 codes arrived at once (%2). Scan one code at a time.</source>
        <translation>Przyszło naraz kodów: %1 (%2). Skanuj jeden kod naraz.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not be allocated: %2</source>
        <translation>Nie udało się zarezerwować %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not be booked with that service: %2</source>
        <translation>Nie udało się zarezerwować %1 tą usługą: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 did not print: the %2 reports %3. Fix that, then print the missing labels again.</source>
        <translation>%1 — nie wydrukowano: %2 zgłasza: %3. Usuń to, potem wydrukuj brakujące etykiety ponownie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 for %2</source>
        <translation>%1 dla %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is CANCELLED. Do not ship this parcel.</source>
        <translation>%1 jest ANULOWANA. Nie wysyłaj tej paczki.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is a return coming back, not a parcel to send. Do not ship it.</source>
        <translation>%1 to zwrot wracający do nas, nie paczka do wysłania. Nie wysyłaj jej.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is already being handled; wait for it to finish.</source>
        <translation>%1 jest już obsługiwana; poczekaj, aż się skończy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is already done.</source>
        <translation>%1 jest już gotowa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is already manifested to %2: it cannot be voided at the bench.</source>
        <translation>%1 jest już w manifeście do %2: nie można jej anulować na stanowisku.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is already manifested to the carrier.</source>
        <translation>%1 jest już w manifeście do przewoźnika.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is already manifested to the carrier: it cannot be voided at the bench.</source>
        <translation>%1 jest już w manifeście do przewoźnika: nie można jej anulować na stanowisku.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is booked with %2; its labels are not printed yet.</source>
        <translation>%1 zarezerwowana u %2; etykiety jeszcze niewydrukowane.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is booked; its labels are not printed yet.</source>
        <translation>%1 zarezerwowana; etykiety jeszcze niewydrukowane.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is cancelled: do not use its label.</source>
        <translation>%1 jest anulowana: nie używaj jej etykiety.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a code this station knows how to look up.</source>
        <translation>%1 to nie kod, który to stanowisko umie wyszukać.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is voided. Destroy its label(s) now.</source>
        <translation>%1 anulowano. Zniszcz teraz jej etykiety.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is voided: do not use its label.</source>
        <translation>%1 anulowano: nie używaj jej etykiety.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 labels</source>
        <translation>etykiety (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 looks like a SortedPRO reference but is not complete (XX-XXX-XXX-XXX).</source>
        <translation>%1 wygląda jak numer SortedPRO, ale jest niepełny (XX-XXX-XXX-XXX).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 needs its parcels confirmed before booking a carrier.</source>
        <translation>%1 wymaga potwierdzenia paczek przed rezerwacją przewoźnika.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 only matches cancelled shipments or returns. Do not ship it.</source>
        <translation>%1 pasuje tylko do anulowanych przesyłek lub zwrotów. Nie wysyłaj.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 parcels</source>
        <translation>paczek (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 shipments match %2.</source>
        <translation>Przesyłki pasujące do %2: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was already created for the booking in progress; finish it or press Esc to leave it before starting another.</source>
        <translation>%1 utworzono już dla rezerwacji w toku; dokończ ją albo naciśnij Esc, aby ją zostawić, zanim zaczniesz następną.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was already packed and printed this shift.</source>
        <translation>%1 została już spakowana i wydrukowana w tej zmianie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was not printed: %2</source>
        <translation>%1 nie został wydrukowany: %2</translation>
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
        <translation>%1: nie nastąpiło</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: did not happen; %2 exists but has no carrier yet</source>
        <translation>%1: nie nastąpiło; %2 istnieje, ale nie ma jeszcze przewoźnika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: done at PRO as %2</source>
        <translation>%1: wykonane w PRO jako %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: not at SortedPRO yet, but the station stopped while the call was on its way, and it may still go through</source>
        <translation>%1: jeszcze nie ma w SortedPRO, ale stanowisko zatrzymało się, gdy wywołanie było w drodze; może jeszcze dojść</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: still unknown (%2)</source>
        <translation>%1: wciąż nieznane (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the HS code must have 6 to 10 digits.</source>
        <translation>%1: kod HS musi mieć od 6 do 10 cyfr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the country of origin must be a two-letter code.</source>
        <translation>%1: kraj pochodzenia musi być dwuliterowym kodem.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the description is missing.</source>
        <translation>%1: brak opisu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the quantity must be at least 1.</source>
        <translation>%1: ilość musi wynosić co najmniej 1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the value cannot be negative.</source>
        <translation>%1: wartość nie może być ujemna.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the weight must be more than 0 kg.</source>
        <translation>%1: waga musi być większa niż 0 kg.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 label</source>
        <translation>1 etykietę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 parcel</source>
        <translation>1 paczki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add at least one parcel.</source>
        <translation>Dodaj co najmniej jedną paczkę.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CUPS queue %1</source>
        <translation>kolejka CUPS %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot reach SortedPRO at %1: check the network connection.</source>
        <translation>Brak połączenia z SortedPRO pod %1: sprawdź połączenie sieciowe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check it in SortedPRO, then press Retry failed (or close the shift again).</source>
        <translation>Sprawdź w SortedPRO, potem naciśnij „Ponów nieudane” (lub zamknij zmianę ponownie).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the form: %1 thing(s) to fix.</source>
        <translation>Sprawdź formularz: do poprawienia: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a service for %1 (%2 parcel(s)).</source>
        <translation>Wybierz usługę dla %1 (paczki: %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact: give a phone number or an e-mail for the carrier&apos;s messages.</source>
        <translation>Kontakt: podaj telefon lub e-mail do wiadomości od przewoźnika.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact: the e-mail address does not look right.</source>
        <translation>Kontakt: adres e-mail wygląda na błędny.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact: the name is missing.</source>
        <translation>Kontakt: brak nazwiska.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact: the phone number must have 7 to 15 digits.</source>
        <translation>Kontakt: numer telefonu musi mieć od 7 do 15 cyfr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customs documents could not be fetched: %1</source>
        <translation>Nie udało się pobrać dokumentów celnych: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customs: a parcel to %1 needs a customs declaration.</source>
        <translation>Cło: paczka do %1 wymaga deklaracji celnej.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customs: name the person who signs the declaration.</source>
        <translation>Cło: podaj osobę, która podpisuje deklarację.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination: %1 is missing.</source>
        <translation>Adresat: brak %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination: the country must be a two-letter code such as GB or FR.</source>
        <translation>Adresat: kraj musi być dwuliterowym kodem, np. GB lub FR.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>International shipment: no document printer is set up for customs papers.</source>
        <translation>Przesyłka zagraniczna: nie ustawiono drukarki dokumentów do papierów celnych.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It has the shape of a tracking number, but its check digit is wrong.</source>
        <translation>Ma postać numeru śledzenia, ale cyfra kontrolna jest błędna.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Label %1</source>
        <translation>Etykieta %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label %1 carries no barcode with this shipment&apos;s tracking number.</source>
        <translation>Etykieta %1 nie ma kodu kreskowego z numerem śledzenia tej przesyłki.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Labels %1</source>
        <translation>Etykiety %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels %1-%2</source>
        <translation>Etykiety %1-%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left %1 as it is (%2).</source>
        <translation>Zostawiono %1 bez zmian (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left %1 as it is.</source>
        <translation>Zostawiono %1 bez zmian.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No carrier service can take %1 as it is.</source>
        <translation>Żadna usługa przewoźnika nie przyjmie %1 w tej postaci.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No shipment found for %1.</source>
        <translation>Nie znaleziono przesyłki dla %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No shipment found for %1. %2</source>
        <translation>Nie znaleziono przesyłki dla %1. %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not booked: %1 Choose another.</source>
        <translation>Nie zarezerwowano: %1 Wybierz inną.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not marked ready to ship (%1); closing the shift will retry.</source>
        <translation>Nieoznaczona jako gotowa do wysyłki (%1); zamknięcie zmiany spróbuje ponownie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not marked ready to ship yet (%1); closing will retry.</source>
        <translation>Jeszcze nieoznaczona jako gotowa do wysyłki (%1); zamknięcie spróbuje ponownie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was printed: the %1 is not answering (no reply to a status query within %2 s). Check it is on and free, then print again.</source>
        <translation>Nic nie wydrukowano: %1 nie odpowiada (brak odpowiedzi na zapytanie o stan w ciągu %2 s). Sprawdź, czy jest włączona i wolna, potem drukuj ponownie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was printed: the %1 reports %2. Fix that, then print again.</source>
        <translation>Nic nie wydrukowano: %1 zgłasza: %2. Usuń to, potem drukuj ponownie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was scanned.</source>
        <translation>Nic nie zeskanowano.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order %1 is packed into %2, not booked with a carrier yet.</source>
        <translation>Zamówienie %1 spakowano do %2, jeszcze bez rezerwacji przewoźnika.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order %1 is packed into %2.</source>
        <translation>Zamówienie %1 spakowano do %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order %1 was packed before, into %2. Press Enter again to pack another consignment from it.</source>
        <translation>Zamówienie %1 było już spakowane do %2. Naciśnij Enter ponownie, aby spakować z niego kolejną przesyłkę.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Order %1 was packed before, into %2: packing it again buys another label.</source>
        <translation>Zamówienie %1 było już spakowane do %2: ponowne pakowanie kupuje kolejną etykietę.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order %1: %2 line(s) to pack.</source>
        <translation>Zamówienie %1: pozycje do spakowania: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parcel %1, item %2</source>
        <translation>Paczka %1, pozycja %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parcel %1: list its contents for customs.</source>
        <translation>Paczka %1: wypisz zawartość dla celników.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parcel %1: say what is in it (description).</source>
        <translation>Paczka %1: podaj, co zawiera (opis).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parcel %1: the contents add up to %2 %3 but %4 is declared; they must agree on the customs forms.</source>
        <translation>Paczka %1: zawartość daje %2 %3, a zadeklarowano %4; w dokumentach celnych musi się to zgadzać.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Parcel %1: the contents weigh %2 kg, more than the parcel (%3 kg).</source>
        <translation>Paczka %1: zawartość waży %2 kg, więcej niż paczka (%3 kg).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parcel %1: the currency must be a code such as GBP or EUR.</source>
        <translation>Paczka %1: waluta musi być kodem, np. GBP lub EUR.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parcel %1: the declared value cannot be negative.</source>
        <translation>Paczka %1: zadeklarowana wartość nie może być ujemna.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Retry failed (or close the shift again) when SortedPRO is back.</source>
        <translation>Naciśnij „Ponów nieudane” (lub zamknij zmianę ponownie), gdy SortedPRO znów będzie dostępny.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Press Retry failed in a moment (or close the shift again): it is checked at SortedPRO before it is sent again, so it will not be manifested twice.</source>
        <translation>Za chwilę naciśnij „Ponów nieudane” (lub zamknij zmianę ponownie): przed ponownym wysłaniem jest sprawdzana w SortedPRO, więc nie trafi do manifestu dwa razy.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printed %1 labels for %2</source>
        <translation>Wydrukowano etykiety (%1) dla %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed %1 on the %2.</source>
        <translation>Wydrukowano: %1 (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed 1 label for %1</source>
        <translation>Wydrukowano 1 etykietę dla %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer problem: %1</source>
        <translation>Problem z drukarką: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reprinted %1 labels for %2.</source>
        <translation>Ponownie wydrukowano etykiety (%1) dla %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reprinted %1 labels for %2: sent, but the printer cannot confirm it printed.</source>
        <translation>Ponownie wydrukowano etykiety (%1) dla %2: wysłano, ale drukarka nie może potwierdzić wydruku.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reprinted 1 label for %1.</source>
        <translation>Ponownie wydrukowano 1 etykietę dla %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reprinted 1 label for %1: sent, but the printer cannot confirm it printed.</source>
        <translation>Ponownie wydrukowano 1 etykietę dla %1: wysłano, ale drukarka nie może potwierdzić wydruku.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scan %1 (or its order) to allocate it and print its label.</source>
        <translation>Zeskanuj %1 (lub zamówienie), aby zarezerwować i wydrukować etykietę.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan %1 again to go on with %2; it will not be packed twice.</source>
        <translation>Zeskanuj %1 ponownie, aby kontynuować z %2; nie zostanie spakowane dwa razy.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scan %1 again to print its labels; it will not be booked twice.</source>
        <translation>Zeskanuj %1 ponownie, aby wydrukować etykiety; nie zostanie zarezerwowana dwa razy.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scan %1 again.</source>
        <translation>Zeskanuj %1 ponownie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan %1 to allocate it and print its label.</source>
        <translation>Zeskanuj %1, aby zarezerwować i wydrukować etykietę.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan %1 to print its label.</source>
        <translation>Zeskanuj %1, aby wydrukować etykietę.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan %1, then reprint the missing labels.</source>
        <translation>Zeskanuj %1, potem wydrukuj ponownie brakujące etykiety.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent %1 labels for %2, but this printer cannot confirm they printed: check the label is on the box</source>
        <translation>Wysłano etykiety (%1) dla %2, ale ta drukarka nie może potwierdzić wydruku: sprawdź, czy etykieta jest na kartonie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sent %1 labels for %2, not confirmed printed: %3</source>
        <translation>Wysłano etykiety (%1) dla %2, wydruk niepotwierdzony: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent %1 to the %2; ESC/POS printers cannot report whether they printed — check that they came out.</source>
        <translation>Wysłano: %1 (%2); drukarki ESC/POS nie mogą zgłosić, czy wydrukowały — sprawdź, czy wyszły.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sent %1 to the %2; it cannot report whether they printed — check that they came out.</source>
        <translation>Wysłano: %1 (%2); urządzenie nie może zgłosić, czy wydrukowało — sprawdź, czy wyszły.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent %1, but the %2 did not answer the status query afterwards — check that the labels came out.</source>
        <translation>Wysłano: %1, ale %2 nie odpowiedziała potem na zapytanie o stan — sprawdź, czy etykiety wyszły.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sent %1; after %2 s the %3 still holds %4 label(s) — check the printer.</source>
        <translation>Wysłano: %1; po %2 s %3 wciąż trzyma etykiety do wydruku (%4) — sprawdź drukarkę.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent 1 label for %1, but this printer cannot confirm they printed: check the label is on the box</source>
        <translation>Wysłano 1 etykietę dla %1, ale ta drukarka nie może potwierdzić wydruku: sprawdź, czy etykieta jest na kartonie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sent 1 label for %1, not confirmed printed: %2</source>
        <translation>Wysłano 1 etykietę dla %1, wydruk niepotwierdzony: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent to SortedPRO just before the station stopped; SortedPRO does not show it manifested yet, but it may still be doing it. Press Retry failed in a minute (or close the shift again): it is checked at SortedPRO before it is sent again, so it will not be manifested twice.</source>
        <translation>Wysłano do SortedPRO tuż przed zatrzymaniem stanowiska; SortedPRO nie pokazuje jej jeszcze w manifeście, ale może nadal nad tym pracować. Za minutę naciśnij „Ponów nieudane” (lub zamknij zmianę ponownie): przed ponownym wysłaniem jest sprawdzana w SortedPRO, więc nie trafi do manifestu dwa razy.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SortedPRO at %1 did not answer the connection in time.</source>
        <translation>SortedPRO pod %1 nie odebrał połączenia na czas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SortedPRO at %1 took too long to answer.</source>
        <translation>SortedPRO pod %1 odpowiadał zbyt długo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SortedPRO did not manifest it: %1 %2</source>
        <translation>SortedPRO nie dodał jej do manifestu: %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SortedPRO does not know this reference.</source>
        <translation>SortedPRO nie zna tego numeru.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SortedPRO does not know this reference: %1</source>
        <translation>SortedPRO nie zna tego numeru: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SortedPRO is busy and asked the station to slow down.</source>
        <translation>SortedPRO jest zajęty i prosi stanowisko o zwolnienie tempa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SortedPRO is busy and asked the station to slow down. Try again in %1 s.</source>
        <translation>SortedPRO jest zajęty i prosi stanowisko o zwolnienie tempa. Spróbuj ponownie za %1 s.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SortedPRO is still busy with %1 (%2); scan it again in a minute.</source>
        <translation>SortedPRO wciąż przetwarza %1 (%2); zeskanuj ponownie za minutę.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SortedPRO is unavailable at the moment.</source>
        <translation>SortedPRO jest w tej chwili niedostępny.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SortedPRO is unavailable at the moment: %1</source>
        <translation>SortedPRO jest w tej chwili niedostępny: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SortedPRO offers no %1 for this parcel to %2.</source>
        <translation>SortedPRO nie ma dla tej paczki do %2: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SortedPRO sent %1 for %2.</source>
        <translation>SortedPRO wysłał %1 dla %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The %1 reports %2 after the job; check the last label.</source>
        <translation>%1 zgłasza po zadaniu: %2; sprawdź ostatnią etykietę.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection to SortedPRO at %1 was lost before it answered.</source>
        <translation>Połączenie z SortedPRO pod %1 zerwało się przed odpowiedzią.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The customer&apos;s reference is longer than %1 characters.</source>
        <translation>Numer klienta jest dłuższy niż %1 znaków.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The labels of %1 were printed before, by another bench or in an earlier shift: check the parcel for its label.</source>
        <translation>Etykiety %1 wydrukowano już wcześniej, na innym stanowisku lub w poprzedniej zmianie: sprawdź, czy paczka ma etykietę.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The receipt was not printed: %1</source>
        <translation>Potwierdzenie nie zostało wydrukowane: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no choice %1 here.</source>
        <translation>Nie ma tu wyboru %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no label %1 here.</source>
        <translation>Nie ma tu etykiety %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This offer expired at %1; ask again.</source>
        <translation>Ta oferta wygasła o %1; zapytaj ponownie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This scan is %1 characters long, too long for a code. Scan one barcode at a time.</source>
        <translation>Ten skan ma %1 znaków, za dużo jak na kod. Skanuj jeden kod kreskowy naraz.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wait a minute, then scan %1 again: SortedPRO is asked first, so it is not booked twice.</source>
        <translation>Poczekaj minutę, potem zeskanuj %1 ponownie: najpierw pytany jest SortedPRO, więc nic nie zostanie zarezerwowane dwa razy.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Whether it was manifested is not known yet: SortedPRO could not be asked (%1). %2</source>
        <translation>Jeszcze nie wiadomo, czy jest w manifeście: nie udało się zapytać SortedPRO (%1). %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Windows printer %1</source>
        <translation>drukarka Windows %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>allocate</source>
        <translation>rezerwacja przewoźnika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>allocated but never printed</source>
        <translation>zarezerwowana, ale nigdy niewydrukowana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connected, but it does not answer status queries</source>
        <translation>połączona, ale nie odpowiada na zapytania o stan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>create consignment</source>
        <translation>utworzenie przesyłki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delivery option(s)</source>
        <translation>opcje doręczenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>folder %1</source>
        <translation>folder %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its cut-off</source>
        <translation>godzinie granicznej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>label %1</source>
        <translation>etykieta %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>label printing failed</source>
        <translation>druk etykiety nieudany</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>label sent but never confirmed printed</source>
        <translation>etykietę wysłano, ale wydruku nigdy nie potwierdzono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>label(s) %1 not printed</source>
        <translation>etykiety %1 niewydrukowane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>labels %1</source>
        <translation>etykiety %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>labels %1-%2</source>
        <translation>etykiety %1-%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manifest failed: %1</source>
        <translation>manifest nieudany: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never allocated</source>
        <translation>nigdy niezarezerwowana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no answer</source>
        <translation>brak odpowiedzi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no status: ESC/POS printers cannot report whether they are ready</source>
        <translation>brak stanu: drukarki ESC/POS nie mogą zgłosić, czy są gotowe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not reachable: %1</source>
        <translation>nieosiągalna: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not ready: %1</source>
        <translation>niegotowa: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pack order</source>
        <translation>pakowanie zamówienia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paper is out</source>
        <translation>brak papieru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pickup option(s)</source>
        <translation>punkty odbioru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print head is open</source>
        <translation>głowica drukująca jest otwarta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print head is too cold</source>
        <translation>głowica drukująca jest za zimna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print head is too hot</source>
        <translation>głowica drukująca jest za gorąca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>printed, but SortedPRO shows it %1</source>
        <translation>wydrukowana, ale SortedPRO pokazuje stan %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>printed, not yet marked ready to ship (%1)</source>
        <translation>wydrukowana, jeszcze nieoznaczona jako gotowa do wysyłki (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>printer at %1</source>
        <translation>drukarka pod %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>printer is paused</source>
        <translation>drukarka jest wstrzymana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>printer memory lost its configuration</source>
        <translation>pamięć drukarki utraciła konfigurację</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>printer on %1</source>
        <translation>drukarka na %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quote(s)</source>
        <translation>oferty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ready</source>
        <translation>gotowa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ready, %1 label(s) waiting</source>
        <translation>gotowa, etykiety w kolejce: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>receive buffer is full</source>
        <translation>bufor odbiorczy jest pełny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ribbon is out</source>
        <translation>brak taśmy barwiącej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>select option</source>
        <translation>wybór opcji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the addressee&apos;s name</source>
        <translation>nazwy adresata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the first address line</source>
        <translation>pierwszej linii adresu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the postcode</source>
        <translation>kodu pocztowego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the town</source>
        <translation>miejscowości</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../packstation/gui/first_run.py" line="+82"/>
        <source>Welcome to Packstation</source>
        <translation>Witamy w Packstation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First run</source>
        <translation>Pierwsze uruchomienie</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This station is not set up yet.</source>
        <translation>To stanowisko nie jest jeszcze skonfigurowane.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the &amp;demo (sandbox, virtual printer)</source>
        <translation>Uruchom &amp;demo (sandbox, wirtualna drukarka)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Connect to SortedPRO</source>
        <translation>&amp;Połącz z SortedPRO</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Try the bench on this computer: a local SortedPRO sandbox with a day of demo work, a virtual label printer and a virtual scale. Nothing reaches a carrier.</source>
        <translation>Wypróbuj stanowisko na tym komputerze: lokalny sandbox SortedPRO z dniem pracy demonstracyjnej, wirtualna drukarka etykiet i wirtualna waga. Nic nie trafia do przewoźnika.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set up this bench for real work: you need the station&apos;s SortedPRO API key, its shipping location and the address of the label printer.</source>
        <translation>Skonfiguruj stanowisko do prawdziwej pracy: potrzebny jest klucz API SortedPRO stanowiska, jego lokalizacja wysyłkowa i adres drukarki etykiet.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>only for custom, e.g. https://pro.example.com</source>
        <translation>tylko dla custom, np. https://pro.example.com</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Testuj połączenie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Test &amp;print</source>
        <translation>&amp;Wydruk testowy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save and start</source>
        <translation>&amp;Zapisz i uruchom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set-up status</source>
        <translation>Stan konfiguracji</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>Environment</source>
        <translation>Środowisko</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>API address</source>
        <translation>Adres API</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>API key</source>
        <translation>Klucz API</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>Shipping location</source>
        <translation>Lokalizacja wysyłkowa</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Label printer address</source>
        <translation>Adres drukarki etykiet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label printer language</source>
        <translation>Język drukarki etykiet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Label printer</source>
        <translation>Drukarka etykiet</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Paste the API key first.</source>
        <translation>Najpierw wklej klucz API.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calling %1…</source>
        <translation>Łączenie z %1…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Connected: %1 shipping location(s). Choose this station&apos;s.</source>
        <translation>Połączono. Lokalizacje wysyłkowe: %1. Wybierz lokalizację tego stanowiska.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type the label printer&apos;s address first.</source>
        <translation>Najpierw wpisz adres drukarki etykiet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printing a test label…</source>
        <translation>Drukowanie etykiety testowej…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The test label did not print: %1</source>
        <translation>Etykieta testowa się nie wydrukowała: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Test label: %1.</source>
        <translation>Etykieta testowa: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Test the connection and choose a location first.</source>
        <translation>Najpierw przetestuj połączenie i wybierz lokalizację.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saving…</source>
        <translation>Zapisywanie…</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../packstation/gui/formatting.py" line="+20"/>
        <source>confirmed</source>
        <translation>potwierdzono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent, unconfirmed</source>
        <translation>wysłano, niepotwierdzone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>nieudane</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>found</source>
        <translation>znaleziona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>allocated</source>
        <translation>zarezerwowana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>labels stored</source>
        <translation>etykiety zapisane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print failed</source>
        <translation>druk nieudany</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print unconfirmed</source>
        <translation>druk niepotwierdzony</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>printed</source>
        <translation>wydrukowana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ready to ship</source>
        <translation>gotowa do wysyłki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manifest sent</source>
        <translation>manifest wysłany</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manifested</source>
        <translation>w manifeście</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>voided</source>
        <translation>anulowana</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unallocated</source>
        <translation>bez przewoźnika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allocating</source>
        <translation>rezerwowanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AllocationFailed</source>
        <translation>rezerwacja nieudana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allocated</source>
        <translation>zarezerwowana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ReadyToShip</source>
        <translation>gotowa do wysyłki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manifesting</source>
        <translation>dodawanie do manifestu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manifested</source>
        <translation>w manifeście</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ManifestFailed</source>
        <translation>manifest nieudany</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelling</source>
        <translation>anulowanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>anulowana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipped</source>
        <translation>wysłana</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 (guaranteed)</source>
        <translation>%1 (gwarantowane)</translation>
    </message>
</context>
<context>
    <name>LabelPanel</name>
    <message>
        <location filename="../../packstation/gui/label_panel.py" line="+24"/>
        <source>Labels</source>
        <translation>Etykiety</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels and print status</source>
        <translation>Etykiety i stan wydruku</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Label %1</source>
        <translation>Etykieta %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print status of label %1</source>
        <translation>Stan wydruku etykiety %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No preview: %1</source>
        <translation>Brak podglądu: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>⏳ printing…</source>
        <translation>⏳ drukowanie…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not printed yet</source>
        <translation>jeszcze niewydrukowana</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✖ not printed
R retry · S skip</source>
        <translation>✖ niewydrukowana
R&#xa0;ponów · S&#xa0;pomiń</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not printed in this job</source>
        <translation>niewydrukowana w tym zleceniu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>? sent, unconfirmed: check it came out</source>
        <translation>? wysłana, niepotwierdzona: sprawdź, czy wyszła</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✔ printed (confirmed)</source>
        <translation>✔ wydrukowana (potwierdzone)</translation>
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
        <translation>Ekrany</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>F1  Pack</source>
        <translation>F1  Pakowanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F2  Counter</source>
        <translation>F2  Okienko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F3  Shift</source>
        <translation>F3  Zmiana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F4  Devices</source>
        <translation>F4  Urządzenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F5  Settings</source>
        <translation>F5  Ustawienia</translation>
    </message>
    <message>
        <location line="+24"/>
        <source> DEMO </source>
        <translation> DEMO </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo mode</source>
        <translation>Tryb demo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API: %1</source>
        <translation>API: %1</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>Label printer status</source>
        <translation>Stan drukarki etykiet</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The label printer is %1.</source>
        <translation>Drukarka etykiet: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix the printer before the next scan.</source>
        <translation>Usuń problem z drukarką przed następnym skanem.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The label printer is ready again.</source>
        <translation>Drukarka etykiet jest znowu gotowa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan the next parcel.</source>
        <translation>Zeskanuj następną paczkę.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Serial scanner</source>
        <translation>Skaner szeregowy</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Printing a test label…</source>
        <translation>Drukowanie etykiety testowej…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Test label: %1. %2</source>
        <translation>Etykieta testowa: %1. %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Test label not printed: %1</source>
        <translation>Etykieta testowa niewydrukowana: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Printer: %1</source>
        <translation>Drukarka: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>working…</source>
        <translation>pracuje…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scale: none</source>
        <translation>Waga: brak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>problem</source>
        <translation>problem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale: %1</source>
        <translation>Waga: %1</translation>
    </message>
</context>
<context>
    <name>OrderItems</name>
    <message>
        <location filename="../../packstation/gui/parcel_items.py" line="+17"/>
        <location line="+1"/>
        <source>Items in this parcel</source>
        <translation>Pozycje w tej paczce</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Quantity of %1</source>
        <translation>Ilość %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>of %1 · %2 not in a parcel</source>
        <translation>z %1 · %2 poza paczkami</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>of %1 · %2 too many</source>
        <translation>z %1 · %2 za dużo</translation>
    </message>
</context>
<context>
    <name>PackCalls</name>
    <message>
        <location filename="../../packstation/gui/pack_calls.py" line="+88"/>
        <source>Checking what was left open…</source>
        <translation>Sprawdzanie niedokończonych pakowań…</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+13"/>
        <source>Looking up %1…</source>
        <translation>Wyszukiwanie %1…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Printing the missing labels again…</source>
        <translation>Ponowny druk brakujących etykiet…</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+31"/>
        <source>Leaving this pack…</source>
        <translation>Porzucanie pakowania…</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Printing on %1…</source>
        <translation>Drukowanie na %1…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Booking a carrier…</source>
        <translation>Rezerwacja przewoźnika…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Taking choice %1…</source>
        <translation>Wybieranie opcji %1…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is voided.</source>
        <translation>%1 anulowano.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No pack to act on yet.</source>
        <translation>Nie ma jeszcze pakowania do obsłużenia.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Voiding %1…</source>
        <translation>Anulowanie %1…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reprinting %1…</source>
        <translation>Ponowny druk %1…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Try again.</source>
        <translation>Spróbuj ponownie.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 pack(s) were left unfinished last time.</source>
        <translation>Niedokończone pakowania z ostatniego razu: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>See “Left from last time”, then scan the next parcel.</source>
        <translation>Zobacz „Pozostałe z ostatniego razu”, potem zeskanuj następną paczkę.</translation>
    </message>
</context>
<context>
    <name>PackScreen</name>
    <message>
        <location filename="../../packstation/gui/pack_screen.py" line="+57"/>
        <source>Pack screen</source>
        <translation>Ekran pakowania</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>To check</source>
        <translation>Do sprawdzenia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What this pack still needs checked</source>
        <translation>Co w tym pakowaniu trzeba jeszcze sprawdzić</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left from last time</source>
        <translation>Pozostałe z ostatniego razu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Packs left unfinished</source>
        <translation>Niedokończone pakowania</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keys you can press now</source>
        <translation>Klawisze dostępne teraz</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scan:</source>
        <translation>Skan:</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Esc: leave this pack</source>
        <translation>Esc: porzuć to pakowanie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1–%1: pick   ↑↓ + Enter: pick highlighted</source>
        <translation>1–%1: wybierz   ↑↓ + Enter: wybierz zaznaczone</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>R: retry missing labels   S: skip (stays an exception)</source>
        <translation>R: ponów brakujące etykiety   S: pomiń (pozostaje wyjątkiem)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P: print them on another printer</source>
        <translation>P: drukuj na innej drukarce</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter: confirm all parcels   %1: add a parcel   %2: remove it</source>
        <translation>Enter: potwierdź wszystkie paczki   %1: dodaj paczkę   %2: usuń ją</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>R: reprint (asks why)   V: void (asks why)   ↑↓: pick a recent pack</source>
        <translation>R: drukuj ponownie (z powodem)   V: anuluj (z powodem)   ↑↓: wybierz ostatnie pakowanie</translation>
    </message>
</context>
<context>
    <name>ParcelChecks</name>
    <message>
        <location filename="../../packstation/gui/parcel_checks.py" line="+32"/>
        <source>weight?</source>
        <translation>waga?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>box %1</source>
        <translation>karton %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n pozycja</numerusform>
            <numerusform>%n pozycje</numerusform>
            <numerusform>%n pozycji</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Put at least one item in the parcel.</source>
        <translation>Włóż do paczki co najmniej jedną pozycję.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 more in the parcels than the order has (%3).</source>
        <translation>%1: w paczkach o %2 więcej, niż ma zamówienie (%3).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Type the weight in kg, e.g. 1.25.</source>
        <translation>Wpisz wagę w kg, np. 1,25.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The weight must be more than 0 kg.</source>
        <translation>Waga musi być większa niż 0 kg.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type length, width and height in cm.</source>
        <translation>Wpisz długość, szerokość i wysokość w cm.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Parcel %1 of %2</source>
        <translation>Paczka %1 z %2</translation>
    </message>
</context>
<context>
    <name>ParcelEntry</name>
    <message>
        <location filename="../../packstation/gui/parcel_entry.py" line="+58"/>
        <source>Parcels</source>
        <translation>Paczki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parcel entry</source>
        <translation>Dane paczki</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Weight in kilograms</source>
        <translation>Waga w kilogramach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the weight, or put the parcel on the scale.</source>
        <translation>Wpisz wagę albo połóż paczkę na wadze.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale reading</source>
        <translation>Odczyt wagi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Box size</source>
        <translation>Rozmiar kartonu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other size (type it)</source>
        <translation>Inny rozmiar (wpisz)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Length in centimetres</source>
        <translation>Długość w centymetrach</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>length cm</source>
        <translation>dł. cm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Width in centimetres</source>
        <translation>Szerokość w centymetrach</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>width cm</source>
        <translation>szer. cm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height in centimetres</source>
        <translation>Wysokość w centymetrach</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>height cm</source>
        <translation>wys. cm</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Weight (kg)</source>
        <translation>Waga (kg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L × W × H</source>
        <translation>D × S × W</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>There is only one parcel: it cannot be removed.</source>
        <translation>Jest tylko jedna paczka: nie można jej usunąć.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Box size %1 (from SortedPRO)</source>
        <translation>Rozmiar kartonu %1 (z SortedPRO)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No scale reading.</source>
        <translation>Brak odczytu wagi.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>stable</source>
        <translation>stabilny</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>settling…</source>
        <translation>stabilizuje się…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale: %1 kg, %2</source>
        <translation>Waga: %1 kg, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(the consignment said %1 kg)</source>
        <translation>(według przesyłki %1 kg)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>There is no order to pack.</source>
        <translation>Brak zamówienia do spakowania.</translation>
    </message>
</context>
<context>
    <name>ParcelList</name>
    <message>
        <location filename="../../packstation/gui/parcel_list.py" line="+99"/>
        <source>Parcels</source>
        <translation>Paczki</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Which parcel</source>
        <translation>Która paczka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parcels in this pack</source>
        <translation>Paczki w tym pakowaniu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>+ Add (%1)</source>
        <translation>+ Dodaj (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>− Remove (%1)</source>
        <translation>− Usuń (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 / %2: previous / next parcel</source>
        <translation>%1 / %2: poprzednia / następna paczka</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Parcel %1 of %2</source>
        <translation>Paczka %1 z %2</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../packstation/gui/pin_dialog.py" line="+16"/>
        <location line="+1"/>
        <source>Shift lead PIN</source>
        <translation>PIN kierownika zmiany</translation>
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
        <translation>Powód</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel (Esc)</source>
        <translation>Anuluj (Esc)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reprint label</source>
        <translation>Drukuj etykietę ponownie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why reprint the label of %1?</source>
        <translation>Dlaczego drukować ponownie etykietę %1?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Label damaged or smudged</source>
        <translation>Etykieta uszkodzona lub rozmazana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label did not come out</source>
        <translation>Etykieta nie wyszła</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label stuck on the wrong parcel</source>
        <translation>Etykieta naklejona na złą paczkę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer jammed</source>
        <translation>Drukarka się zacięła</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reprint (Enter)</source>
        <translation>Drukuj ponownie (Enter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Void shipment</source>
        <translation>Anuluj przesyłkę</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Void %1? It is cancelled at SortedPRO and its labels must be destroyed. Choose or type the reason, then press Enter.</source>
        <translation>Anulować %1? Przesyłka zostanie anulowana w SortedPRO, a jej etykiety trzeba zniszczyć. Wybierz lub wpisz powód, potem naciśnij Enter.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Packed by mistake</source>
        <translation>Spakowano przez pomyłkę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong service chosen</source>
        <translation>Wybrano złą usługę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer cancelled the order</source>
        <translation>Klient anulował zamówienie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parcel damaged, will be repacked</source>
        <translation>Paczka uszkodzona, zostanie przepakowana</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Void (Enter)</source>
        <translation>Anuluj przesyłkę (Enter)</translation>
    </message>
</context>
<context>
    <name>RecentPacks</name>
    <message>
        <location filename="../../packstation/gui/recent_packs.py" line="+22"/>
        <location line="+1"/>
        <source>Recent packs</source>
        <translation>Ostatnie pakowania</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pack counts</source>
        <translation>Liczba pakowań</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recent packs list</source>
        <translation>Lista ostatnich pakowań</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Packed this shift: %1   Last hour: %2</source>
        <translation>Ta zmiana: %1   Ostatnia godzina: %2</translation>
    </message>
</context>
<context>
    <name>ScanField</name>
    <message>
        <location filename="../../packstation/gui/scan_field.py" line="+29"/>
        <source>Scan field</source>
        <translation>Pole skanowania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan or type a code, then Enter</source>
        <translation>Zeskanuj lub wpisz kod, potem Enter</translation>
    </message>
</context>
<context>
    <name>SerialScans</name>
    <message>
        <location filename="../../packstation/gui/serial_scans.py" line="+47"/>
        <source>disconnected: %1</source>
        <translation>rozłączony: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connected</source>
        <translation>połączony</translation>
    </message>
</context>
<context>
    <name>SettingsCalls</name>
    <message>
        <location filename="../../packstation/gui/settings_calls.py" line="+40"/>
        <source>These are the settings this station runs with (read only here).</source>
        <translation>To są ustawienia, z którymi działa to stanowisko (tutaj tylko do odczytu).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change a value and it is checked at once. Saved to %1; restart Packstation to use the new values. A value set by a PACKSTATION_* variable wins over the file.</source>
        <translation>Zmieniona wartość jest od razu sprawdzana. Zapisywane w %1; uruchom Packstation ponownie, aby użyć nowych wartości. Wartość ze zmiennej PACKSTATION_* ma pierwszeństwo przed plikiem.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Saving…</source>
        <translation>Zapisywanie…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved. Restart Packstation to use the new settings.</source>
        <translation>Zapisano. Uruchom Packstation ponownie, aby użyć nowych ustawień.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Stored in the %1: %2</source>
        <translation>Zapisano (%1): %2</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../packstation/gui/settings_screen.py" line="+56"/>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Save settings</source>
        <translation>&amp;Zapisz ustawienia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save settings</source>
        <translation>Zapisz ustawienia</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Station</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SortedPRO</source>
        <translation>SortedPRO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printers</source>
        <translation>Drukarki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale</source>
        <translation>Waga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scanner</source>
        <translation>Skaner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screen and sound</source>
        <translation>Ekran i dźwięk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Station name</source>
        <translation>Nazwa stanowiska</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipping location</source>
        <translation>Lokalizacja wysyłkowa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carrier service chosen by</source>
        <translation>Sposób wyboru usługi przewoźnika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data folder</source>
        <translation>Folder danych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo station</source>
        <translation>Stanowisko demonstracyjne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment</source>
        <translation>Środowisko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address (custom)</source>
        <translation>Adres (własny)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Connect time limit (s)</source>
        <translation>Limit czasu połączenia (s)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Answer time limit (s)</source>
        <translation>Limit czasu odpowiedzi (s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send time limit (s)</source>
        <translation>Limit czasu wysyłania (s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label printer</source>
        <translation>Drukarka etykiet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label printer language</source>
        <translation>Język drukarki etykiet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label printer dots per inch</source>
        <translation>Punkty na cal drukarki etykiet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label size</source>
        <translation>Rozmiar etykiety</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document printer</source>
        <translation>Drukarka dokumentów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt printer</source>
        <translation>Drukarka potwierdzeń</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt printer language</source>
        <translation>Język drukarki paragonów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale port</source>
        <translation>Port wagi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale protocol</source>
        <translation>Protokół wagi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial scanner port</source>
        <translation>Port skanera szeregowego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key a scan ends with</source>
        <translation>Klawisz kończący skan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sounds</source>
        <translation>Dźwięki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colours</source>
        <translation>Kolory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text size (pt)</source>
        <translation>Rozmiar tekstu (pt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A new language shows after Packstation is restarted.</source>
        <translation>Nowy język pojawi się po ponownym uruchomieniu Packstation.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Automatic (the system&apos;s language)</source>
        <translation>Automatycznie (język systemu)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>SortedPRO API key</source>
        <translation>Klucz API SortedPRO</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New API key</source>
        <translation>Nowy klucz API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paste a new key here</source>
        <translation>wklej tu nowy klucz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store &amp;key</source>
        <translation>Zapisz &amp;klucz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store key</source>
        <translation>Zapisz klucz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stored key</source>
        <translation>Zapisany klucz</translation>
    </message>
</context>
<context>
    <name>ShiftScreen</name>
    <message>
        <location filename="../../packstation/gui/other_screens.py" line="-183"/>
        <source>Shift</source>
        <translation>Zmiana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every pack of this shift, what needs a person before closing, and closing the shift: manifest to the carriers, then the driver sheet.</source>
        <translation>Wszystkie pakowania tej zmiany, to, co przed zamknięciem wymaga człowieka, i zamknięcie zmiany: manifest do przewoźników, potem protokół przekazania.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Numer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer ref.</source>
        <translation>Nr klienta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carrier, service</source>
        <translation>Przewoźnik, usługa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parcels</source>
        <translation>Paczki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Packs of this shift</source>
        <translation>Pakowania tej zmiany</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exceptions of this shift</source>
        <translation>Wyjątki tej zmiany</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs a person before closing</source>
        <translation>Do wyjaśnienia przed zamknięciem</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter on a line opens it on the Pack screen (a failed label prints again from the stored copy). Tick an unconfirmed label once you have seen it on its parcel.</source>
        <translation>Enter na wierszu otwiera go na ekranie pakowania (nieudana etykieta drukuje się ponownie z zapisanej kopii). Zaznacz niepotwierdzoną etykietę, gdy zobaczysz ją na paczce.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>None: every pack is printed and ready.</source>
        <translation>Brak: każde pakowanie jest wydrukowane i gotowe.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Reading this shift from the journal…</source>
        <translation>Odczytywanie zmiany z dziennika…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Packed this shift: %1   Last hour: %2</source>
        <translation>Ta zmiana: %1   Ostatnia godzina: %2</translation>
    </message>
</context>
<context>
    <name>StatusBanner</name>
    <message>
        <location filename="../../packstation/gui/banner.py" line="+38"/>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>READY</source>
        <translation>GOTOWE</translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+54"/>
        <source>DONE</source>
        <translation>WYKONANO</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>READY TO SCAN</source>
        <translation>GOTOWE DO SKANOWANIA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CHOOSE THE SHIPMENT</source>
        <translation>WYBIERZ PRZESYŁKĘ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CONFIRM THE PARCELS</source>
        <translation>POTWIERDŹ PACZKI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CHOOSE A SERVICE</source>
        <translation>WYBIERZ USŁUGĘ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CONFIRM THE DELIVERY OPTION</source>
        <translation>POTWIERDŹ OPCJĘ DORĘCZENIA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PACK THE ORDER</source>
        <translation>SPAKUJ ZAMÓWIENIE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LABELS NOT PRINTED</source>
        <translation>ETYKIETY NIEWYDRUKOWANE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ALREADY DONE</source>
        <translation>JUŻ WYKONANO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>REFUSED</source>
        <translation>ODRZUCONO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FAILED</source>
        <translation>NIEUDANE</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>CHECK</source>
        <translation>SPRAWDŹ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PROBLEM</source>
        <translation>PROBLEM</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>WORKING…</source>
        <translation>W TOKU…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Please wait.</source>
        <translation>Proszę czekać.</translation>
    </message>
</context>
</TS>
