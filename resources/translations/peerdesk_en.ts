<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>FeedbackController</name>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation><numerusform>%n problem</numerusform><numerusform>%n problems</numerusform></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation><numerusform>%n problem</numerusform><numerusform>%n problems</numerusform></translation>
    </message>
</context>
<context>
    <name>InvitesDialog</name>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation><numerusform>%n conflict</numerusform><numerusform>%n conflicts</numerusform></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation><numerusform>%n person</numerusform><numerusform>%n people</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n team(s)</source>
        <translation><numerusform>%n team</numerusform><numerusform>%n teams</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n program(s)</source>
        <translation><numerusform>%n program</numerusform><numerusform>%n programs</numerusform></translation>
    </message>
</context>
<context>
    <name>MatchingDialog</name>
    <message numerus="yes">
        <source>S&amp;kips this round (%n)...</source>
        <translation><numerusform>S&amp;kips this round (%n)...</numerusform><numerusform>S&amp;kips this round (%n)...</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation><numerusform>%n group</numerusform><numerusform>%n groups</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) differ(s)</source>
        <translation><numerusform>%n group differs</numerusform><numerusform>%n groups differ</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation><numerusform>%n meeting</numerusform><numerusform>%n meetings</numerusform></translation>
    </message>
</context>
<context>
    <name>PilotDialog</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation><numerusform>%n session</numerusform><numerusform>%n sessions</numerusform></translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation><numerusform>%n page</numerusform><numerusform>%n pages</numerusform></translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message numerus="yes">
        <source>%n calendar(s)</source>
        <translation><numerusform>%n calendar</numerusform><numerusform>%n calendars</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation><numerusform>%n change</numerusform><numerusform>%n changes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> %n answer(s) from attendees read from the calendar.</source>
        <translation><numerusform> %n answer from attendees read from the calendar.</numerusform><numerusform> %n answers from attendees read from the calendar.</numerusform></translation>
    </message>
</context>
<context>
    <name>RiskPanel</name>
    <message numerus="yes">
        <source>&lt;b&gt;Knowledge at risk&lt;/b&gt; ({0}, among %n active person(s) shown)</source>
        <translation><numerusform>&lt;b&gt;Knowledge at risk&lt;/b&gt; ({0}, among %n active person shown)</numerusform><numerusform>&lt;b&gt;Knowledge at risk&lt;/b&gt; ({0}, among %n active people shown)</numerusform></translation>
    </message>
</context>
<context>
    <name>RosterController</name>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation><numerusform>%n person</numerusform><numerusform>%n people</numerusform></translation>
    </message>
</context>
<context>
    <name>RosterTab</name>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation><numerusform>%n person</numerusform><numerusform>%n people</numerusform></translation>
    </message>
</context>
<context>
    <name>ScheduleController</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation><numerusform>%n session</numerusform><numerusform>%n sessions</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n planned session(s)</source>
        <translation><numerusform>%n planned session</numerusform><numerusform>%n planned sessions</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n cancellation file(s)</source>
        <translation><numerusform>%n cancellation file</numerusform><numerusform>%n cancellation files</numerusform></translation>
    </message>
</context>
<context>
    <name>ScheduleTab</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation><numerusform>%n session</numerusform><numerusform>%n sessions</numerusform></translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation><numerusform>+%n more</numerusform><numerusform>+%n more</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Week of {0}: %n session(s)</source>
        <translation><numerusform>Week of {0}: %n session</numerusform><numerusform>Week of {0}: %n sessions</numerusform></translation>
    </message>
</context>
<context>
    <name>_Counted</name>
    <message numerus="yes">
        <source>{0} and %n more</source>
        <translation><numerusform>{0} and %n more</numerusform><numerusform>{0} and %n more</numerusform></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation><numerusform>%n problem</numerusform><numerusform>%n problems</numerusform></translation>
    </message>
</context>
</TS>