<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BackupScheduler</name>
    <message>
        <location filename="../relapp/ui/backup_scheduler.py" line="55"/>
        <source>The daily backup failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/backup_scheduler.py" line="60"/>
        <source>Daily backup saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefDialog</name>
    <message>
        <location filename="../relapp/ui/brief_dialog.py" line="90"/>
        <source>Prep brief — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/brief_dialog.py" line="94"/>
        <source>Prep brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/brief_dialog.py" line="97"/>
        <source>&amp;Copy as Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/brief_dialog.py" line="98"/>
        <source>Copy the brief as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/brief_dialog.py" line="101"/>
        <source>&amp;Log Interaction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/brief_dialog.py" line="102"/>
        <source>Log an interaction with this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/brief_dialog.py" line="120"/>
        <source>Prep brief copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/brief_dialog.py" line="121"/>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../relapp/ui/calendar_view.py" line="73"/>
        <source>« Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/calendar_view.py" line="74"/>
        <source>Previous year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/calendar_view.py" line="75"/>
        <source>Show the same month a year earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/calendar_view.py" line="76"/>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/calendar_view.py" line="77"/>
        <source>Go to today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/calendar_view.py" line="78"/>
        <source>Year »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/calendar_view.py" line="79"/>
        <source>Next year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/calendar_view.py" line="80"/>
        <source>Show the same month a year later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/calendar_view.py" line="90"/>
        <source>Entries on the selected day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/calendar_view.py" line="104"/>
        <source>Next 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/calendar_view.py" line="108"/>
        <source>&amp;Next 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/calendar_view.py" line="121"/>
        <source>&amp;Open Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/calendar_view.py" line="122"/>
        <source>Open the contact of the selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/calendar_view.py" line="123"/>
        <source>&amp;Celebrate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/calendar_view.py" line="124"/>
        <source>Celebrate the selected milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/calendar_view.py" line="126"/>
        <location filename="../relapp/ui/calendar_view.py" line="287"/>
        <source>Log a celebration and get a congratulation draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/calendar_view.py" line="239"/>
        <source>On %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/calendar_view.py" line="241"/>
        <source>Nothing on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/calendar_view.py" line="284"/>
        <source>Already celebrated this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/calendar_view.py" line="306"/>
        <source>Celebrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/calendar_view.py" line="311"/>
        <source>Celebration logged for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CelebrateDialog</name>
    <message>
        <location filename="../relapp/ui/celebrate_dialog.py" line="33"/>
        <source>Celebrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/celebrate_dialog.py" line="42"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/celebrate_dialog.py" line="43"/>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/celebrate_dialog.py" line="45"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/celebrate_dialog.py" line="47"/>
        <source>&amp;Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/celebrate_dialog.py" line="50"/>
        <source>To: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/celebrate_dialog.py" line="52"/>
        <source>No email address on file: copy the message instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/celebrate_dialog.py" line="56"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/celebrate_dialog.py" line="57"/>
        <source>Copy message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/celebrate_dialog.py" line="58"/>
        <source>Open in &amp;Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/celebrate_dialog.py" line="59"/>
        <source>Open in mail program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/celebrate_dialog.py" line="75"/>
        <source>Copied ✓</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../relapp/ui/contact_dialog.py" line="50"/>
        <source>Edit Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/contact_dialog.py" line="50"/>
        <source>New Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/contact_dialog.py" line="57"/>
        <source>&amp;First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/contact_dialog.py" line="58"/>
        <source>&amp;Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/contact_dialog.py" line="59"/>
        <source>Nic&amp;kname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/contact_dialog.py" line="60"/>
        <source>&amp;Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/contact_dialog.py" line="61"/>
        <source>&amp;Role / title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/contact_dialog.py" line="65"/>
        <source>Relations&amp;hip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/contact_dialog.py" line="66"/>
        <source>E&amp;mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/contact_dialog.py" line="66"/>
        <location filename="../relapp/ui/contact_dialog.py" line="67"/>
        <source>comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/contact_dialog.py" line="67"/>
        <source>P&amp;hones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/contact_dialog.py" line="69"/>
        <source>Lin&amp;ks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/contact_dialog.py" line="69"/>
        <source>LinkedIn, website… comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/contact_dialog.py" line="71"/>
        <source>&amp;Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/contact_dialog.py" line="71"/>
        <source>e.g. conference, design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/contact_dialog.py" line="75"/>
        <source>&amp;Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/contact_dialog.py" line="76"/>
        <source>YYYY-MM-DD, or --MM-DD without the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/contact_dialog.py" line="80"/>
        <source>Default for the relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/contact_dialog.py" line="81"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/contact_dialog.py" line="82"/>
        <source>Check in &amp;every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/contact_dialog.py" line="83"/>
        <source>Locat&amp;ion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/contact_dialog.py" line="96"/>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/contact_dialog.py" line="99"/>
        <source>Basics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/contact_dialog.py" line="100"/>
        <source>About them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/contact_dialog.py" line="144"/>
        <source>Default ({0} days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/contact_dialog.py" line="146"/>
        <source>Default (no regular check-in)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactListModel</name>
    <message>
        <location filename="../relapp/ui/contact_list_model.py" line="240"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/contact_list_model.py" line="248"/>
        <source>{0} day overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/contact_list_model.py" line="250"/>
        <source>{0} days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/contact_list_model.py" line="261"/>
        <source>Check in every {0} days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactPanel</name>
    <message>
        <location filename="../relapp/ui/contact_panel.py" line="59"/>
        <source>&amp;Log interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/contact_panel.py" line="60"/>
        <source>Log a coffee, call, meeting… (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/contact_panel.py" line="61"/>
        <source>Record a &amp;Win…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/contact_panel.py" line="62"/>
        <source>Record a win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/contact_panel.py" line="64"/>
        <source>Note what they achieved, so the next check-in can mention it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/contact_panel.py" line="67"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/contact_panel.py" line="68"/>
        <source>Edit this contact (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/contact_panel.py" line="69"/>
        <location filename="../relapp/ui/contact_panel.py" line="181"/>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/contact_panel.py" line="80"/>
        <source>Contact profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/contact_panel.py" line="82"/>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/contact_panel.py" line="83"/>
        <source>&amp;Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/contact_panel.py" line="89"/>
        <source>&amp;Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/contact_panel.py" line="181"/>
        <source>Unarchive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/contact_panel.py" line="190"/>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/contact_panel.py" line="197"/>
        <source>check-in overdue (due {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/contact_panel.py" line="198"/>
        <source>check in {0} (every {1} days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/contact_panel.py" line="212"/>
        <source>Emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/contact_panel.py" line="215"/>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/contact_panel.py" line="216"/>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/contact_panel.py" line="217"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/contact_panel.py" line="218"/>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/contact_panel.py" line="220"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/contact_panel.py" line="224"/>
        <source>every {0} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/contact_panel.py" line="226"/>
        <source>no regular check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/contact_panel.py" line="229"/>
        <source> (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/contact_panel.py" line="230"/>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/contact_panel.py" line="234"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/contact_panel.py" line="236"/>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/contact_panel.py" line="250"/>
        <source>they promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/contact_panel.py" line="250"/>
        <source>I owe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/contact_panel.py" line="306"/>
        <source>Delete interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/contact_panel.py" line="307"/>
        <source>Delete this interaction and its follow-ups?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <location filename="../relapp/ui/contacts_view.py" line="56"/>
        <source>Search names, companies, emails, tags, notes…  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/contacts_view.py" line="59"/>
        <source>Search contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/contacts_view.py" line="61"/>
        <source>Filter by tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/contacts_view.py" line="63"/>
        <source>Filter by relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/contacts_view.py" line="64"/>
        <source>All relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/contacts_view.py" line="68"/>
        <source>Which contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/contacts_view.py" line="69"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/contacts_view.py" line="70"/>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/contacts_view.py" line="71"/>
        <source>Last imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/contacts_view.py" line="73"/>
        <source>Number of contacts shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/contacts_view.py" line="76"/>
        <source>Contact list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/contacts_view.py" line="174"/>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/contacts_view.py" line="218"/>
        <source>{0:,} of {1:,} contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/contacts_view.py" line="220"/>
        <source>{0:,} contacts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../relapp/ui/crash_dialog.py" line="35"/>
        <source>relapp — unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/crash_dialog.py" line="49"/>
        <source>Error report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/crash_dialog.py" line="53"/>
        <source>&amp;Copy report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/crash_dialog.py" line="54"/>
        <source>Copy report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/crash_dialog.py" line="57"/>
        <source>Open &amp;log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/crash_dialog.py" line="58"/>
        <source>Open log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/crash_dialog.py" line="80"/>
        <source>Something went wrong inside relapp. It is still running and your data is safe: what you typed in other windows is kept. The details were written to the log; please copy the report below if you file a bug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../relapp/ui/crash_dialog.py" line="85"/>
        <source>%n errors so far.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatePickDialog</name>
    <message>
        <location filename="../relapp/ui/today_view.py" line="52"/>
        <location filename="../relapp/ui/today_view.py" line="54"/>
        <source>Snooze until</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <location filename="../relapp/ui/import_pages.py" line="237"/>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/import_pages.py" line="240"/>
        <source>A row matches a contact with the same email, else the same phone, else the same name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/import_pages.py" line="259"/>
        <source>Import the other rows when some rows cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/import_pages.py" line="261"/>
        <source>Skip bad rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/import_pages.py" line="266"/>
        <source>Checking the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/import_pages.py" line="269"/>
        <source>Matches and problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/import_pages.py" line="296"/>
        <source>Checking every row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/import_pages.py" line="309"/>
        <source>
Some rows cannot be imported: tick the box above to import the others, or nothing will be imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryCard</name>
    <message>
        <location filename="../relapp/ui/reach_out_view.py" line="60"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/reach_out_view.py" line="62"/>
        <source>&amp;Log Interaction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/reach_out_view.py" line="62"/>
        <source>Log an interaction with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/reach_out_view.py" line="64"/>
        <source>&amp;Brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/reach_out_view.py" line="64"/>
        <source>Prep brief for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/reach_out_view.py" line="66"/>
        <source>&amp;Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/reach_out_view.py" line="66"/>
        <source>Not now: hide {name} until the next check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/reach_out_view.py" line="69"/>
        <source>&amp;Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/reach_out_view.py" line="71"/>
        <source>Snooze {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/reach_out_view.py" line="76"/>
        <source>{weeks} week{&apos;s&apos; if weeks &gt; 1 else &apos;&apos;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/reach_out_view.py" line="81"/>
        <source>&amp;Open Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/reach_out_view.py" line="81"/>
        <source>Show {name} in Contacts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryListModel</name>
    <message>
        <location filename="../relapp/ui/calendar_widgets.py" line="183"/>
        <source>celebrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/calendar_widgets.py" line="200"/>
        <source>Enter or double-click opens the contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorLabel</name>
    <message>
        <location filename="../relapp/ui/widgets.py" line="18"/>
        <source>Error message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../relapp/ui/export_dialog.py" line="46"/>
        <source>Export Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/export_dialog.py" line="48"/>
        <source>Export format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/export_dialog.py" line="52"/>
        <source>File to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/export_dialog.py" line="53"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/export_dialog.py" line="54"/>
        <source>Choose where to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/export_dialog.py" line="56"/>
        <source>For &amp;Excel (UTF-8 with a byte-order mark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/export_dialog.py" line="57"/>
        <source>Write for Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/export_dialog.py" line="62"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/export_dialog.py" line="70"/>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/export_dialog.py" line="71"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/export_dialog.py" line="87"/>
        <source>Export contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/export_dialog.py" line="97"/>
        <source>Choose a file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/export_dialog.py" line="112"/>
        <source>{n} {what} exported to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../relapp/ui/import_pages.py" line="108"/>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/import_pages.py" line="111"/>
        <source>A CSV export (Google Contacts, Outlook, LinkedIn, Thunderbird, any spreadsheet) or a vCard file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/import_pages.py" line="115"/>
        <source>File to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/import_pages.py" line="117"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/import_pages.py" line="118"/>
        <source>Browse for a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/import_pages.py" line="121"/>
        <source>File format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/import_pages.py" line="126"/>
        <source>Problem with the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/import_pages.py" line="131"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/import_pages.py" line="133"/>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/import_pages.py" line="141"/>
        <source>Import contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/import_pages.py" line="143"/>
        <source>Contacts (*.csv *.vcf *.vcard *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <location filename="../relapp/ui/first_run.py" line="17"/>
        <source>Welcome to relapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/first_run.py" line="24"/>
        <source>Keep the relationships that matter to your work: log coffees, calls and meetings in a few keystrokes, keep your promises, check in regularly and never miss a birthday or a work anniversary.

How would you like to start?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/first_run.py" line="30"/>
        <source>Add your first contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/first_run.py" line="31"/>
        <source>Import contacts from a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/first_run.py" line="32"/>
        <source>Explore with demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/first_run.py" line="67"/>
        <source>Import is not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpDraftDialog</name>
    <message>
        <location filename="../relapp/ui/draft_dialog.py" line="52"/>
        <source>Follow-up note — {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/draft_dialog.py" line="56"/>
        <source>No email address on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/draft_dialog.py" line="57"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/draft_dialog.py" line="59"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/draft_dialog.py" line="61"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/draft_dialog.py" line="63"/>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/draft_dialog.py" line="64"/>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/draft_dialog.py" line="70"/>
        <source>A reminder to send this note is due tomorrow; “Mark sent” completes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/draft_dialog.py" line="75"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/draft_dialog.py" line="76"/>
        <source>Copy the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/draft_dialog.py" line="78"/>
        <source>&amp;Open in Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/draft_dialog.py" line="79"/>
        <source>Open the note in the mail program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/draft_dialog.py" line="83"/>
        <source>&amp;Mark Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/draft_dialog.py" line="84"/>
        <source>Mark the note as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/draft_dialog.py" line="105"/>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/draft_dialog.py" line="116"/>
        <source>No mail program answered. Copy the note and paste it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/draft_dialog.py" line="124"/>
        <source>Follow-up note marked as sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpRow</name>
    <message>
        <location filename="../relapp/ui/log_dialog.py" line="46"/>
        <source>Action item, e.g. Send the deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/log_dialog.py" line="47"/>
        <source>Follow-up text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/log_dialog.py" line="48"/>
        <source>due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/log_dialog.py" line="49"/>
        <source>Follow-up has a due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/log_dialog.py" line="54"/>
        <source>Follow-up due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/log_dialog.py" line="56"/>
        <source>I owe them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/log_dialog.py" line="57"/>
        <source>They owe me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/log_dialog.py" line="58"/>
        <source>Whose promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/log_dialog.py" line="60"/>
        <source>Remove follow-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthBadge</name>
    <message>
        <location filename="../relapp/ui/health_badge.py" line="42"/>
        <source>Relationship health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/health_badge.py" line="46"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeatMap</name>
    <message>
        <location filename="../relapp/ui/charts.py" line="46"/>
        <source>Interactions per day over the last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/charts.py" line="56"/>
        <source>{total} interactions from {start.isoformat()} to {end.isoformat()}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/charts.py" line="165"/>
        <source>Less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/charts.py" line="175"/>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../relapp/ui/import_wizard.py" line="35"/>
        <source>Import Contacts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntegrityWatch</name>
    <message>
        <location filename="../relapp/ui/integrity_watch.py" line="51"/>
        <source>The database is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/integrity_watch.py" line="53"/>
        <source>{0}

relapp will close now without writing to it. When you start relapp again it will offer to restore the newest good backup; the damaged file is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../relapp/ui/calendar_widgets.py" line="136"/>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogDialog</name>
    <message>
        <location filename="../relapp/ui/log_dialog.py" line="94"/>
        <source>Edit Interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/log_dialog.py" line="94"/>
        <source>Log Interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/log_dialog.py" line="104"/>
        <source>People in this interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/log_dialog.py" line="106"/>
        <source>Type a name and press Enter to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/log_dialog.py" line="107"/>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/log_dialog.py" line="117"/>
        <source>Remove selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/log_dialog.py" line="128"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/log_dialog.py" line="129"/>
        <source>I reached out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/log_dialog.py" line="130"/>
        <source>They reached out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/log_dialog.py" line="132"/>
        <source>What was it about?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/log_dialog.py" line="135"/>
        <source>What did you learn? What are they working on, excited about, finding hard?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/log_dialog.py" line="142"/>
        <source>+ Add &amp;follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/log_dialog.py" line="153"/>
        <source>&amp;With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/log_dialog.py" line="154"/>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/log_dialog.py" line="155"/>
        <source>W&amp;hen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/log_dialog.py" line="156"/>
        <source>&amp;Initiated by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/log_dialog.py" line="157"/>
        <source>&amp;Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/log_dialog.py" line="158"/>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/log_dialog.py" line="170"/>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/log_dialog.py" line="177"/>
        <source>Save (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/log_dialog.py" line="252"/>
        <source>No single contact matches “{0}”; pick one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/log_dialog.py" line="290"/>
        <source>Edit follow-ups from the timeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../relapp/ui/main_window.py" line="78"/>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/main_window.py" line="100"/>
        <source>&amp;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/main_window.py" line="130"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/main_window.py" line="248"/>
        <source>relapp is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/main_window.py" line="250"/>
        <source>relapp keeps reminding you from the tray. Use Quit in its menu to close it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../relapp/ui/import_pages.py" line="165"/>
        <source>Columns and preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/import_pages.py" line="168"/>
        <source>What each &amp;column becomes (double-click to change):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/import_pages.py" line="169"/>
        <source>Column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/import_pages.py" line="175"/>
        <source>Preview of the first rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/import_pages.py" line="182"/>
        <source>&amp;Preview:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/import_pages.py" line="195"/>
        <source>Detected: {fmt} — {enc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/import_pages.py" line="199"/>
        <source>, separated by {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/import_pages.py" line="212"/>
        <source>First {n} rows: {bad} cannot be imported, {warn} with warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/import_pages.py" line="216"/>
        <source>First {n} rows: no problems found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkedCalendar</name>
    <message>
        <location filename="../relapp/ui/calendar_widgets.py" line="75"/>
        <source>Month calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MilestoneDialog</name>
    <message>
        <location filename="../relapp/ui/milestones_editor.py" line="63"/>
        <source>Edit Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/milestones_editor.py" line="63"/>
        <source>Add Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/milestones_editor.py" line="69"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/milestones_editor.py" line="78"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/milestones_editor.py" line="81"/>
        <source>&amp;Year known:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/milestones_editor.py" line="87"/>
        <source>Every year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/milestones_editor.py" line="88"/>
        <source>Once (one-off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/milestones_editor.py" line="89"/>
        <source>&amp;Repeats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/milestones_editor.py" line="92"/>
        <source>Default for the kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/milestones_editor.py" line="93"/>
        <source> days before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/milestones_editor.py" line="95"/>
        <source>Re&amp;mind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/milestones_editor.py" line="97"/>
        <source>e.g. Shipped the mobile app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/milestones_editor.py" line="98"/>
        <source>&amp;Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/milestones_editor.py" line="100"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MilestonesEditor</name>
    <message>
        <location filename="../relapp/ui/milestones_editor.py" line="245"/>
        <location filename="../relapp/ui/milestones_editor.py" line="267"/>
        <source>Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/milestones_editor.py" line="248"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/milestones_editor.py" line="249"/>
        <source>Ed&amp;it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/milestones_editor.py" line="250"/>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/milestones_editor.py" line="323"/>
        <source>Delete Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/milestones_editor.py" line="323"/>
        <source>Delete “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <location filename="../relapp/ui/network_view.py" line="47"/>
        <source>Activity summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/network_view.py" line="49"/>
        <location filename="../relapp/ui/network_view.py" line="63"/>
        <source>Contacts by relationship health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/network_view.py" line="53"/>
        <source>Promises kept on time versus late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/network_view.py" line="59"/>
        <source>Interactions over the last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/network_view.py" line="68"/>
        <source>Promises, last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/network_view.py" line="79"/>
        <source>&lt;h2&gt;Network at a glance&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/network_view.py" line="119"/>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/network_view.py" line="136"/>
        <source>Could not compute the network overview: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/network_view.py" line="159"/>
        <source>{a.total} interactions in the last 12 months, in {active} of {len(weeks)} weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/network_view.py" line="163"/>
        <source>; busiest week: {best[0].strftime(&apos;%d %b %Y&apos;).lstrip(&apos;0&apos;)} ({best[1]})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/network_view.py" line="180"/>
        <source>{total} active contacts; {at_risk} cooling or at risk. The Reach Out view picks the few worth a message now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/network_view.py" line="183"/>
        <source>No contacts yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/network_view.py" line="192"/>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/network_view.py" line="201"/>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/network_view.py" line="211"/>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/network_view.py" line="212"/>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/network_view.py" line="213"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/network_view.py" line="214"/>
        <source>Not yet due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/network_view.py" line="219"/>
        <source>You kept {rate:.0%} of your promises on time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/network_view.py" line="221"/>
        <source>No promises with a due date yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoContactHint</name>
    <message>
        <location filename="../relapp/ui/widgets.py" line="44"/>
        <source>Select a contact to see their profile and timeline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../relapp/ui/import_models.py" line="158"/>
        <source>Rejected: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReachOutView</name>
    <message>
        <location filename="../relapp/ui/reach_out_view.py" line="126"/>
        <source>&lt;h2&gt;Reach out this week&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/reach_out_view.py" line="128"/>
        <source>The few people most worth a message now, and why. Focus beats volume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/reach_out_view.py" line="133"/>
        <source>How many people to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/reach_out_view.py" line="136"/>
        <source>S&amp;how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/reach_out_view.py" line="143"/>
        <source>people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/reach_out_view.py" line="144"/>
        <source>Nobody needs a message right now. Nice work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/reach_out_view.py" line="265"/>
        <source>{name} dismissed until {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/reach_out_view.py" line="279"/>
        <source>{name} snoozed until {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../relapp/ui/recovery_dialog.py" line="49"/>
        <source>relapp cannot open your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/recovery_dialog.py" line="50"/>
        <source>Database recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/recovery_dialog.py" line="52"/>
        <source>Your relapp data file cannot be used as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/recovery_dialog.py" line="64"/>
        <source>The file has not been changed and will not be overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/recovery_dialog.py" line="68"/>
        <source>The newest good backup is from {when} ({size}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/recovery_dialog.py" line="73"/>
        <source>No usable backup was found beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/recovery_dialog.py" line="75"/>
        <source>The last attempt failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/recovery_dialog.py" line="83"/>
        <source>Technical details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/recovery_dialog.py" line="87"/>
        <source>&amp;Restore newest good backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/recovery_dialog.py" line="89"/>
        <source>&amp;Open another file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/recovery_dialog.py" line="90"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../relapp/ui/backup_actions.py" line="104"/>
        <source>Restore from Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/backup_actions.py" line="105"/>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/backup_actions.py" line="111"/>
        <source>Pick a backup to go back to. Your current data is kept as a backup first, so you can come back to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/backup_actions.py" line="121"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/backup_actions.py" line="131"/>
        <source>No backups yet. Use File ▸ Back Up Now to make one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/backup_actions.py" line="136"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/backup_actions.py" line="138"/>
        <source>Choose &amp;File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/backup_actions.py" line="164"/>
        <source>Restore from a backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/backup_actions.py" line="166"/>
        <source>Backups (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../relapp/ui/import_pages.py" line="333"/>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/import_pages.py" line="335"/>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/import_pages.py" line="336"/>
        <source>&amp;Cancel Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/import_pages.py" line="337"/>
        <source>Cancel the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/import_pages.py" line="340"/>
        <source>Import summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/import_pages.py" line="341"/>
        <source>&amp;Undo This Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/import_pages.py" line="342"/>
        <source>Undo this import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/import_pages.py" line="344"/>
        <source>Rows merged, skipped or rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/import_pages.py" line="369"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/import_pages.py" line="374"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/import_pages.py" line="383"/>
        <source>Done. {s}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/import_pages.py" line="386"/>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/import_pages.py" line="392"/>
        <source>Cancelled: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/import_pages.py" line="393"/>
        <source>Import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/import_pages.py" line="393"/>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/import_pages.py" line="402"/>
        <source>Undo import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/import_pages.py" line="406"/>
        <source>Import undone: {d} contacts removed, {r} put back as they were.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../relapp/ui/settings_fields.py" line="26"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/settings_fields.py" line="31"/>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/settings_fields.py" line="42"/>
        <source>Check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/settings_fields.py" line="43"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/settings_fields.py" line="49"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/settings_fields.py" line="50"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/settings_fields.py" line="51"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/settings_fields.py" line="99"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/settings_fields.py" line="102"/>
        <source>No check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/settings_fields.py" line="114"/>
        <source>One per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/settings_dialog.py" line="75"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/settings_dialog.py" line="80"/>
        <source>Settings pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/settings_dialog.py" line="82"/>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/settings_dialog.py" line="90"/>
        <source>Settings error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/settings_dialog.py" line="134"/>
        <source>How often to check in, by relationship, for contacts without a cadence of their own or from a tag. Changing it moves the due dates of those contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/settings_dialog.py" line="168"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/settings_dialog.py" line="170"/>
        <source>Open the folder that holds the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/settings_dialog.py" line="174"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/settings_dialog.py" line="176"/>
        <source>Open the backups folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/settings_dialog.py" line="180"/>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/settings_dialog.py" line="182"/>
        <source>Open the log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/settings_dialog.py" line="188"/>
        <source>No database open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/settings_dialog.py" line="191"/>
        <source>%1 location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/settings_dialog.py" line="193"/>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/settings_dialog.py" line="312"/>
        <source>Could not open %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagsDialog</name>
    <message>
        <location filename="../relapp/ui/tags_dialog.py" line="144"/>
        <source>No default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/tags_dialog.py" line="145"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/tags_dialog.py" line="147"/>
        <source>Default check-in cadence in days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/tags_dialog.py" line="176"/>
        <source>Manage Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/tags_dialog.py" line="180"/>
        <source>A tag&apos;s cadence applies to its contacts without a check-in cadence of their own; with several tags, the shortest wins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/tags_dialog.py" line="188"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/tags_dialog.py" line="202"/>
        <source>No tags yet. Add tags to contacts in the contact editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/tags_dialog.py" line="209"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/tags_dialog.py" line="216"/>
        <source>&amp;Cadence of the selected tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/tags_dialog.py" line="278"/>
        <source>Tag cadences saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagsModel</name>
    <message>
        <location filename="../relapp/ui/tags_dialog.py" line="84"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/tags_dialog.py" line="84"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/tags_dialog.py" line="84"/>
        <source>Check-in cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/tags_dialog.py" line="94"/>
        <source>No default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/tags_dialog.py" line="96"/>
        <source>every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/tags_dialog.py" line="97"/>
        <source>every {n} days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetDelegate</name>
    <message>
        <location filename="../relapp/ui/import_models.py" line="106"/>
        <source>Import as</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../relapp/ui/timeline.py" line="45"/>
        <source>Interaction timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/timeline.py" line="62"/>
        <source>No interactions yet. Press Ctrl+L to log a coffee, call or meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/timeline.py" line="93"/>
        <source>Win: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/timeline.py" line="123"/>
        <source>they promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/timeline.py" line="123"/>
        <source>to do</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../relapp/ui/today_view.py" line="82"/>
        <source>Today summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/today_view.py" line="85"/>
        <source>Today&apos;s agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/today_view.py" line="97"/>
        <source>&amp;Log Interaction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/today_view.py" line="99"/>
        <source>Mark &amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/today_view.py" line="100"/>
        <source>&amp;Open Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/today_view.py" line="101"/>
        <source>&amp;Celebrate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/today_view.py" line="103"/>
        <source>Log a celebration and get a congratulation draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/today_view.py" line="107"/>
        <location filename="../relapp/ui/today_view.py" line="121"/>
        <source>&amp;Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/today_view.py" line="109"/>
        <source>For 1 &amp;hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/today_view.py" line="110"/>
        <source>Until &amp;tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/today_view.py" line="111"/>
        <source>Until &amp;next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/today_view.py" line="112"/>
        <source>Until a &amp;date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/today_view.py" line="122"/>
        <source>Snooze the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/today_view.py" line="173"/>
        <source>{day}: {ci}, {fu} due, {ce} today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/today_view.py" line="269"/>
        <source>Done: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/today_view.py" line="275"/>
        <source>Checked in with {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/today_view.py" line="287"/>
        <source>Celebration logged for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/today_view.py" line="310"/>
        <source>Snoozed until {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <location filename="../relapp/ui/tray.py" line="45"/>
        <source>relapp tray menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/tray.py" line="50"/>
        <source>&amp;Log Interaction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/tray.py" line="52"/>
        <source>&amp;Snooze All Until Tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/tray.py" line="54"/>
        <source>&amp;Open relapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/tray.py" line="56"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/tray.py" line="111"/>
        <source>relapp: nothing due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/tray.py" line="113"/>
        <source>relapp: {0} due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/tray.py" line="139"/>
        <source>Promise from {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/tray.py" line="139"/>
        <source>Follow up with {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/tray.py" line="143"/>
        <source>{0}: {1} today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/tray.py" line="146"/>
        <source>Check in with {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/tray.py" line="159"/>
        <source>Nothing due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/tray.py" line="167"/>
        <source>{0} more in Today…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/tray.py" line="200"/>
        <source>Snoozed {0} item(s) until tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WinDialog</name>
    <message>
        <location filename="../relapp/ui/win_dialog.py" line="49"/>
        <source>Record a Win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/win_dialog.py" line="51"/>
        <source>Celebrate small wins: note what %1 achieved, so the next check-in can mention it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/win_dialog.py" line="53"/>
        <source>they</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/win_dialog.py" line="56"/>
        <source>e.g. Gave the keynote at PyCon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/win_dialog.py" line="57"/>
        <source>What they achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/win_dialog.py" line="60"/>
        <source>Date of the win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/win_dialog.py" line="62"/>
        <source>&amp;Win:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/win_dialog.py" line="63"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../relapp/ui/backup_actions.py" line="180"/>
        <source>Restore from Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/backup_actions.py" line="182"/>
        <source>Replace your current data with the backup {name}?

Your current data is kept as a backup first (listed as “Before a restore”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/calendar_view.py" line="335"/>
        <source>Export Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/win_dialog.py" line="31"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/export_dialog.py" line="130"/>
        <source>Export into a shared folder?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/export_dialog.py" line="132"/>
        <source>Other users of this computer can read files in {folder}. The export holds names, emails, phone numbers and notes. Write it there anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/celebrate_dialog.py" line="93"/>
        <source>Celebration logged: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../relapp/ui/backup_actions.py" line="200"/>
        <source>Back Up Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/backup_actions.py" line="202"/>
        <source>Backed up to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/backup_actions.py" line="223"/>
        <source>Restore from Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/backup_actions.py" line="228"/>
        <source>Restored the backup from {name}; your previous data was kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/brief_dialog.py" line="150"/>
        <source>Select a contact first, then press Ctrl+B for the prep brief.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/calendar_view.py" line="343"/>
        <source>Export Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/calendar_view.py" line="345"/>
        <source>iCalendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/calendar_view.py" line="359"/>
        <source>Exported %1 events to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/commands.py" line="17"/>
        <location filename="../relapp/ui/milestones_editor.py" line="342"/>
        <source>Select a contact first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/commands.py" line="52"/>
        <source>Unarchived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/commands.py" line="52"/>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/commands.py" line="63"/>
        <source>Delete contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/commands.py" line="65"/>
        <source>Delete {0} with their timeline, follow-ups and milestones? This cannot be undone.

Archive keeps the history and hides them from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/commands.py" line="76"/>
        <source>Deleted {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/commands.py" line="92"/>
        <source>About relapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/commands.py" line="94"/>
        <source>&lt;h3&gt;relapp {0}&lt;/h3&gt;&lt;p&gt;Build and keep the relationships that matter to your work: check-ins, follow-ups, promises and celebrations, on your desktop and offline.&lt;/p&gt;&lt;p&gt;Your data stays in one SQLite file on this computer.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/milestones_editor.py" line="342"/>
        <source>Record a Win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../relapp/ui/milestones_editor.py" line="355"/>
        <source>Win recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
