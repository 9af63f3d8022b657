// Lint two plain-text postings for the same job: one that reads like a junior clinician's, one
// written to peer norms that lists what the role does NOT do. What does each duty line become, and
// which findings are left? (The study: peers were "misunderstood to be junior clinicians".)
String junior = """
    Peer Support Specialist - Intensive Treatment Team
    Responsibilities
    - Complete intake assessments and risk assessments for new clients
    - Conduct emergency room clinical assessments when clinicians are unavailable
    - Monitor medication compliance and conduct urine drug screens
    - Feed clients' pets and run errands as needed
    - Be available for calls on days off
    """;
String peer = """
    Peer Support Specialist
    What you will do
    - Share your own lived experience of recovery to inspire hope
    - Support people in setting and pursuing their own recovery goals
    - Link people to community resources and mutual-aid groups
    What a peer support specialist does NOT do
    - Does not diagnose, assess or provide therapy
    Qualifications
    Lived experience of recovery from a mental health or substance use condition is required.
    Supervision
    Weekly supervision with a peer supervisor trained in the peer role.
    """;

for (String id : List.of("junior", "peer")) {
  String text = id.equals("junior") ? junior : peer;
  JobDescription jd = checks.parsePosting(text);
  System.out.println("== posting '" + id + "': " + jd.getDuties().size() + " duty lines");
  jd.getDuties().forEach(d -> System.out.println("   " + d));
  Report r = checks.checkPosting(id, text);
  System.out.println("   " + r);
  r.findings().forEach(f -> System.out.println("   " + TextReport.compactLine(f)));
}
