/** Import files as real programs write them, for the COI import tests. */

/** LinkedIn's Connections.csv as it writes it: notes first, quoted commas, missing emails. */
export const LINKEDIN = `Notes:
"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"

First Name,Last Name,URL,Email Address,Company,Position,Connected On
Ada,Lovelace,https://www.linkedin.com/in/ada-lovelace,ada@example.com,"Analytical Engines, Ltd","Lead, Research",15 Mar 2024
Grace,Hopper,https://www.linkedin.com/in/grace-hopper,,US Navy,Rear Admiral,02 Jan 2023
,,https://www.linkedin.com/in/anonymous,,,,01 Feb 2022
Alan,Turing,https://www.linkedin.com/in/alan-turing,,"=HYPERLINK(""http://evil.test"")",<img src=x onerror=alert(1)>,10 Oct 2021
`;

/** A vCard file as phones export them: v3 and v4, folded lines, several cards, one broken. */
export const VCARDS = [
  'BEGIN:VCARD',
  'VERSION:3.0',
  'N:Lovelace;Ada;;;',
  'FN:Ada Lovelace',
  'ORG:Analytical Engines\\, Ltd;Research',
  'TITLE:Lead',
  'EMAIL;TYPE=INTERNET,WORK:ada@example.com',
  'EMAIL;TYPE=INTERNET,HOME,pref:ada.home@example.com',
  'TEL;TYPE=CELL:+44 20 1234 5678',
  'item1.URL:https://www.linkedin.com/in/ada-lovelace/',
  'CATEGORIES:math,friends',
  'NOTE:Met at the conference\\, then again at a long dinner that went on an',
  ' d on\\nSecond line',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:4.0',
  'N:Hopper;Grace;Brewster;Rear Admiral;',
  'ORG:US Navy',
  'EMAIL;TYPE=work:grace@example.com',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:4.0',
  'FN:',
  'EMAIL:nameless@example.com',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:3.0',
  'this line is broken',
  'END:VCARD',
  '',
].join('\r\n');
