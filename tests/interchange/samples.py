"""Sample contact files as other tools export them, written by the tests (invented people).

Each function writes one file into a folder and returns its path. Headers follow the real
exports (Google current and older, Outlook, LinkedIn with its ``Notes:`` preamble, Thunderbird,
vCard 2.1 quoted-printable, Apple vCard 3.0, vCard 4.0).
"""

from __future__ import annotations

from pathlib import Path

GOOGLE_NEW_HEADER = (
    "First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,Phonetic Last Name,"
    "Name Prefix,Name Suffix,Nickname,File As,Organization Name,Organization Title,Organization Department,"
    "Birthday,Notes,Photo,Labels,E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,"
    "Phone 1 - Label,Phone 1 - Value,Website 1 - Label,Website 1 - Value"
)


def google_new(folder: Path) -> Path:
    rows = [
        GOOGLE_NEW_HEADER,
        'Zoë,Marie,Ångström,,,,,,Zo,,Fjord Analytics,Data Lead,,--03-15,"Met at the ""data"" meetup\nSecond line",'
        ",* myContacts ::: Conference ::: * starred,* Work,zoe@fjord.example ::: zoe.a@mail.example,Home,"
        "zoe@home.example,Mobile,+47 912 34 567,Profile,https://fjord.example/zoe",
        "Kwame,,Mensah,,,,,,,,Baobab Ltd,CEO,,1979-11-02,,,* myContacts,,kwame@baobab.example,,,,,,",
    ]
    path = folder / "google.csv"
    path.write_text("\r\n".join(rows) + "\r\n", encoding="utf-8")
    return path


def google_old(folder: Path) -> Path:
    header = (
        "Name,Given Name,Additional Name,Family Name,Yomi Name,Given Name Yomi,Additional Name Yomi,"
        "Family Name Yomi,Name Prefix,Name Suffix,Initials,Nickname,Short Name,Maiden Name,Birthday,Gender,"
        "Location,Billing Information,Directory Server,Mileage,Occupation,Hobby,Sensitivity,Priority,Subject,"
        "Notes,Language,Photo,Group Membership,E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value,"
        "Organization 1 - Type,Organization 1 - Name,Organization 1 - Yomi Name,Organization 1 - Title,"
        "Website 1 - Type,Website 1 - Value"
    )
    row = (
        "Renée Dubois,Renée,,Dubois,,,,,,,,,,,--07-04,,,,,,,,,,,Likes tea,,,* My Contacts ::: Clients,"
        "* Work,renee@dubois.example ::: rd@old.example,Mobile,+33 6 12 34 56 78,,Atelier Dubois,,Founder,,"
    )
    path = folder / "google-old.csv"
    path.write_text(header + "\n" + row + "\n", encoding="utf-8")
    return path


def outlook_cp1252(folder: Path) -> Path:
    header = (
        '"First Name","Middle Name","Last Name","Title","Suffix","Nickname","E-mail Address","E-mail 2 Address",'
        '"Business Phone","Home Phone","Mobile Phone","Company","Job Title","Birthday","Anniversary",'
        '"Categories","Web Page","Notes"'
    )
    rows = [
        '"José","","Núñez","Mr.","","Pepe","jose@nunez.example","","+34 91 123 4567","","+34 600 111 222",'
        '"Compañía Ibérica","Director","3/15/1985","6/1/2010","Clients;VIP","","Café con leche"',
        '"Françoise","","Légère","","","","fl@example.org","","","","","Crème SA","","0/0/00","0/0/00","","",""',
    ]
    path = folder / "outlook.csv"
    path.write_bytes(("\r\n".join([header, *rows]) + "\r\n").encode("cp1252"))
    return path


LINKEDIN_PREAMBLE = (
    "Notes:\n"
    '"When exporting your connection data, you may notice that some of the email addresses are missing. '
    "You will only see email addresses of connections who have allowed their connections to see or download "
    'their email address using this setting https://www.linkedin.com/psettings/privacy/email."\n'
    "\n"
)


def linkedin(folder: Path) -> Path:
    body = (
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        "Priya,Raman,https://www.linkedin.com/in/priya-raman-example,,Nimbus Cloud,Staff Engineer,15 Mar 2023\n"
        'Tomás,O\'Neill,https://www.linkedin.com/in/tomas-oneill-example,tomas@example.net,"Green, Blue & Co",'
        "Partner,02 Jan 2019\n"
    )
    path = folder / "Connections.csv"
    path.write_text(LINKEDIN_PREAMBLE + body, encoding="utf-8")
    return path


def thunderbird(folder: Path) -> Path:
    header = (
        "First Name,Last Name,Display Name,Nickname,Primary Email,Secondary Email,Screen Name,Work Phone,"
        "Home Phone,Fax Number,Pager Number,Mobile Number,Home Address,Home Address 2,Home City,Home County,"
        "Home Post Code,Home Country,Work Address,Work Address 2,Work City,Work County,Work Post Code,"
        "Work Country,Job Title,Department,Organization,Web Page 1,Web Page 2,Birth Year,Birth Month,Birth Day,"
        "Custom 1,Custom 2,Custom 3,Custom 4,Notes,"
    )
    row = (
        "Hana,Kobayashi,Hana Kobayashi,,hana@kobayashi.example,hk@alt.example,,+81 3 1234 5678,,,,,,,,,,,,,,,,,"
        "Designer,,Sakura Studio,https://sakura.example,,1990,7,21,,,,,Prefers email,"
    )
    path = folder / "thunderbird.csv"
    path.write_text(header + "\n" + row + "\n", encoding="utf-8")
    return path


def vcard21_qp(folder: Path) -> Path:
    text = (
        "BEGIN:VCARD\r\n"
        "VERSION:2.1\r\n"
        "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;J=C3=BCrgen;;;\r\n"
        "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:J=C3=BCrgen M=C3=BC=\r\n"
        "ller\r\n"
        "ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Stra=C3=9Fe & Co.\r\n"
        "TEL;WORK;VOICE:+49 30 1234567\r\n"
        "EMAIL;INTERNET;PREF:juergen@mueller.example\r\n"
        "NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Erste Zeile, mit Komma=0D=0AZweite Zeile=\r\n"
        " =C3=A4\r\n"
        "END:VCARD\r\n"
    )
    path = folder / "old-phone.vcf"
    path.write_bytes(text.encode("ascii"))
    return path


def vcard30_apple(folder: Path) -> Path:
    text = (
        "BEGIN:VCARD\r\n"
        "VERSION:3.0\r\n"
        "PRODID:-//Apple Inc.//macOS 14.0//EN\r\n"
        "N:Okafor;Chidi;;;\r\n"
        "FN:Chidi Okafor\r\n"
        "ORG:Eleanor Labs;Ethics\r\n"
        "TITLE:Professor\r\n"
        "item1.EMAIL;type=INTERNET;type=pref:chidi@eleanor.example\r\n"
        "item1.X-ABLabel:School\r\n"
        "item2.EMAIL;type=INTERNET:chidi@home.example\r\n"
        "item2.X-ABLabel:_$!<Other>!$_\r\n"
        "TEL;type=CELL;type=VOICE;type=pref:+1 (555) 010-2000\r\n"
        "BDAY;X-APPLE-OMIT-YEAR=1604:1604-03-15\r\n"
        "CATEGORIES:Philosophy,Friends\r\n"
        "PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHR\r\n"
        " ofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/wAALCAABAAEBAREA\r\n"
        "UID:0e6f1a52-3c1b-4b61-9a57-0a3a7b0f0001\r\n"
        "END:VCARD\r\n"
        "BEGIN:VCARD\r\n"
        "VERSION:3.0\r\n"
        "N:Shellstrop;Eleanor;;;\r\n"
        "FN:Eleanor Shellstrop\r\n"
        "BDAY:--0704\r\n"
        "END:VCARD\r\n"
    )
    path = folder / "apple.vcf"
    path.write_text(text, encoding="utf-8")
    return path


def vcard40(folder: Path) -> Path:
    text = (
        "BEGIN:VCARD\r\n"
        "VERSION:4.0\r\n"
        "UID:urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1\r\n"
        "FN:Ana Lima\r\n"
        "N:Lima;Ana;;;\r\n"
        "EMAIL;TYPE=work:ana@lima.example\r\n"
        "TEL;VALUE=uri;TYPE=cell:tel:+55-11-91234-5678\r\n"
        "BDAY:--0315\r\n"
        "ANNIVERSARY:20100601\r\n"
        "END:VCARD\r\n"
    )
    path = folder / "v4.vcf"
    path.write_text(text, encoding="utf-8")
    return path


def generic_semicolon(folder: Path) -> Path:
    text = (
        "Nom;Prénom;Courriel;Téléphone;Société\n"
        "Durand;Élodie;elodie@durand.example;01 23 45 67 89;Boulangerie Durand\n"
        'Martin;Luc;luc@martin.example;06 00 00 00 00;"Martin; Fils"\n'
    )
    path = folder / "generic.csv"
    path.write_text(text, encoding="utf-8-sig")
    return path
