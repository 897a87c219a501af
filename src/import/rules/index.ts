import { acknowledgedNames } from "./acknowledged-names.js";
import { addresseeRows } from "./addressee-rows.js";
import { affiliatedName } from "./affiliated-name.js";
import { appointedAs } from "./appointed-as.js";
import { bodyMeets } from "./body-meets.js";
import { ccAcronymBody } from "./cc-acronym-body.js";
import { bracketedDraft } from "./bracketed-draft.js";
import { chairedBy } from "./chaired-by.js";
import { clauseDeadline } from "./clause-deadline.js";
import { clauseEvent } from "./clause-event.js";
import { citedStandardStatus } from "./cited-standard-status.js";
import { clauseRole } from "./clause-role.js";
import { codeList } from "./code-list.js";
import { codeNamesBody } from "./code-names-body.js";
import { companyPartnerRows } from "./company-partner-rows.js";
import { datatrackerGroups } from "./datatracker-groups.js";
import { datedDeadlineRows } from "./dated-deadline-rows.js";
import { deputiesList } from "./deputies-list.js";
import { elected } from "./elected.js";
import { electedAtMeeting } from "./elected-at-meeting.js";
import { formContacts } from "./form-contacts.js";
import { headerContact } from "./header-contact.js";
import { headWordBody } from "./head-word-body.js";
import { headingRoster } from "./heading-roster.js";
import { letterAddressee } from "./letter-addressee.js";
import { letterClosing } from "./letter-closing.js";
import { lsContactPerson } from "./ls-contact-person.js";

import { hostedBy } from "./hosted-by.js";
import { lsTemplateContact } from "./ls-template-contact.js";
import { meetingHeld } from "./meeting-held.js";
import { meetingPhrase } from "./meeting-phrase.js";
import { meetingTableRows } from "./meeting-table-rows.js";
import { nameBarLine } from "./name-bar-line.js";
import { namedApi } from "./named-api.js";
import { namedStandards } from "./named-standards.js";
import { neighbourEvent } from "./neighbour-event.js";
import { nextMeetings } from "./next-meetings.js";
import { numberedMeeting } from "./numbered-meeting.js";
import { establishedUnder } from "./established-under.js";
import { eventOfThePage } from "./event-of-the-page.js";
import { isoStageStatus } from "./iso-stage-status.js";
import { jointInitiative } from "./joint-initiative.js";
import { liaisonList } from "./liaison-list.js";
import { mailHeaderPeople } from "./mail-header-people.js";
import { meetingDateLine } from "./meeting-date-line.js";
import { officerLine } from "./officer-line.js";
import { officerList } from "./officer-list.js";
import { officeLabelList } from "./office-label-list.js";
import { nameOfficeAside } from "./name-office-aside.js";
import { pageHeadingEvent } from "./page-heading-event.js";
import { peopleListField } from "./people-list-field.js";
import { personSlot } from "./person-slot.js";
import { prosePeople } from "./prose-people.js";
import { quotedPerson } from "./quoted-person.js";
import { replyBy } from "./reply-by.js";
import { respectively } from "./respectively.js";
import { rowRole } from "./row-role.js";
import type { Rule } from "./rule.js";
import { signatureTitle } from "./signature-title.js";
import { speakerLine } from "./speaker-line.js";
import { standardWordName } from "./standard-word-name.js";
import { standingLiaison } from "./standing-liaison.js";
import { statementClause } from "./statement-clause.js";
import { statementFromTo } from "./statement-from-to.js";
import { statementRequest } from "./statement-request.js";

import { subgroupLeaderRows } from "./subgroup-leader-rows.js";
import { surnameMention } from "./surname-mention.js";
import { takesOverFrom } from "./takes-over-from.js";
import { thankedStatement } from "./thanked-statement.js";
import { thanksFor } from "./thanks-for.js";
import { workItems } from "./work-items.js";

/**
 * The rules, in the order they run (after the recognizers that are not rules yet, in
 * recognize/extractor.ts). One rule per file; adding one: write it, list it here, test it on
 * text of your own (rules/<rule>.test.ts). Rules that merge or correct facts run last.
 */
export const rules: readonly Rule[] = [
  establishedUnder,
  jointInitiative,
  officerList,
  officerLine,
  subgroupLeaderRows,
  headingRoster,
  speakerLine,
  nameBarLine,
  elected,
  appointedAs,
  electedAtMeeting,
  respectively,
  prosePeople,
  personSlot,
  affiliatedName,
  peopleListField,
  officeLabelList,
  nameOfficeAside,
  deputiesList,
  takesOverFrom,
  companyPartnerRows,
  eventOfThePage,
  workItems,
  namedStandards,
  namedApi,
  datedDeadlineRows,
  meetingDateLine,
  meetingTableRows,
  bodyMeets,
  meetingHeld,
  meetingPhrase,
  hostedBy,
  chairedBy,
  lsTemplateContact,
  headerContact,
  datatrackerGroups,
  formContacts,
  lsContactPerson,
  signatureTitle,
  letterClosing,
  ccAcronymBody,
  statementFromTo,
  thanksFor,
  nextMeetings,
  numberedMeeting,
  pageHeadingEvent,
  addresseeRows,
  letterAddressee,
  statementRequest,
  statementClause,
  liaisonList,
  standingLiaison,
  replyBy,
  thankedStatement,
  quotedPerson,
  acknowledgedNames,
  mailHeaderPeople,
  clauseRole,
  rowRole,
  clauseEvent,
  neighbourEvent,
  clauseDeadline,
  bracketedDraft,
  codeList,
  codeNamesBody,
  isoStageStatus,
  citedStandardStatus,
  standardWordName,
  // After every other reading of bodies: it fills their gaps only.
  headWordBody,
  surnameMention,
];
