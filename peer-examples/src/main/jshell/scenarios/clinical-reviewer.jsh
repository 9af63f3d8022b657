// How many findings would a reviewer applying CLINICAL norms raise on a month of peer work that PEER
// norms permit? (The study: peers were reprimanded for crossing clinical, not peer, boundaries.)
BoundaryNorms norms = BoundaryNorms.standard();
List<TaskAssignment> peerWork = (MonthSimulation.studyMonth(YearMonth.of(2019, 11)).stream()
    .flatMap(r -> r.getAssignments().stream())
    .filter(a -> a.getAssignee().getRole().isPeer())
    .toList());

// Activities peer norms allow (expected or permitted) but clinical norms do not.
Map<ActivityCategory, Long> clinicalOnlyObjections = (peerWork.stream()
    .map(a -> a.getActivity().getCategory())
    .filter(c -> norms.verdict(NormSet.PEER, c).isAllowed() && !norms.verdict(NormSet.CLINICAL, c).isAllowed())
    .collect(Collectors.groupingBy(c -> c, () -> new EnumMap<>(ActivityCategory.class), Collectors.counting())));

long objections = clinicalOnlyObjections.values().stream().mapToLong(Long::longValue).sum();
System.out.printf("%d peer assignments in the month; a clinical-norm reviewer would object to %d that peer norms permit:%n",
    peerWork.size(), objections);
clinicalOnlyObjections.forEach((c, n) -> System.out.printf("  %-28s %5d  (peer: %s, clinical: %s)%n", c.label(), n,
    norms.verdict(NormSet.PEER, c).label(), norms.verdict(NormSet.CLINICAL, c).label()));

// The peer-norm checks flag none of these as a problem; they leave a note not to reprimand.
long notes = peerWork.stream().mapToLong(a -> checks.check(a).findingsOf("PeerSocialActivityNotReprimandable").size()).sum();
System.out.printf("the peer-norm checks leave %d notes (PeerSocialActivityNotReprimandable) and no warnings for them%n", notes);
