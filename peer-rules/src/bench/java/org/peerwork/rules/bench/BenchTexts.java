package org.peerwork.rules.bench;

import java.util.Random;

/** Texts the benchmarks read: a 2 KB posting and a longer posting-like text. */
final class BenchTexts {

  private BenchTexts() {}

  /** A realistic posting of about 2 KB. */
  static final String POSTING_2KB = String.join("\n",
      "Peer Support Specialist - Integrated Care Team",
      "",
      "ABOUT THE ROLE",
      "Riverbend Community Services is hiring a Peer Support Specialist for its integrated care team. You will walk alongside",
      "adults living with mental health and substance use challenges. The team includes a psychiatrist, two nurses, three",
      "therapists and a case manager, and serves about 120 people in the county.",
      "",
      "Responsibilities:",
      "\u2022 Share your own recovery story, when it may help, to inspire hope.",
      "\u2022 Offer one-to-one peer support in person and by phone.",
      "\u2022 Support people to write their own WRAP plans and pursue goals they choose.",
      "\u2022 Link participants to housing, benefits and mutual-aid groups.",
      "\u2022 Accompany members to medical and court appointments on request.",
      "\u2022 Co-facilitate weekly recovery groups.",
      "\u2022 May be asked to complete suicide risk assessments when the clinician is unavailable.",
      "\u2022 Monitor medication adherence and report missed doses to the nurse.",
      "\u2022 Drive the agency van and cover the front desk as needed.",
      "\u2022 Complete progress notes in the EHR within 24 hours.",
      "\u2022 Attend weekly treatment team meetings and bring the peer perspective.",
      "\u2022 Help members prepare questions for their prescriber and speak up for their choices.",
      "",
      "What the peer specialist does NOT do:",
      "- Diagnose, prescribe or provide therapy",
      "- Collect drug screens",
      "",
      "Qualifications",
      "- Lived experience of recovery preferred.",
      "- Minimum of two years of continuous sobriety.",
      "- High school diploma or GED.",
      "",
      "Supervision: Weekly clinical supervision by a licensed clinician (LICSW).",
      "Schedule: 40 hours per week; on call one weekend a month and expected to take calls on days off.",
      "Caseload: 25 participants.",
      "Pay: $16.50 per hour. Case managers at the agency start at $21.00 per hour.",
      "Staff must not disclose personal recovery history to clients.",
      "Benefits: health insurance, 403(b), three weeks of paid time off and a training stipend.",
      "How to apply: send a resume and a short letter about what recovery means to you.",
      "We are an equal opportunity employer.",
      "");

  private static final String[] SENTENCES = {
      "Share your own recovery story to inspire hope.", "Complete intake assessments for new clients.",
      "Does not diagnose or provide therapy.", "Link members to community resources and mutual-aid groups.",
      "Facilitate peer support groups at the drop-in centre.", "Feed clients' pets and clean their apartments.",
      "Drive the agency van on the pick-up route.", "Attend weekly team meetings where the psychiatrist reviews medication.",
      "Refer people for assessment when they ask.", "May be asked to administer the PHQ-9.",
      "The weather was mild and the meeting ran late.", "Applicants should send a cover letter and resume.",
      "We are an equal opportunity employer committed to diversity.", "Monitor medication adherence and report missed doses.",
      "Provide non-clinical support to guests at the crisis respite house.", "Collect urine drug screens from residents."};

  /** Posting-like English text of about {@code chars} characters, the same for the same size. */
  static String text(int chars) {
    Random r = new Random(7);
    StringBuilder b = new StringBuilder(chars + 100);
    while (b.length() < chars) {
      b.append(SENTENCES[r.nextInt(SENTENCES.length)]).append(r.nextInt(5) == 0 ? "\n- " : " ");
    }
    return b.substring(0, chars);
  }
}
