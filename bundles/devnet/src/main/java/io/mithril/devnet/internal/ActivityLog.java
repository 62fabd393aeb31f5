package io.mithril.devnet.internal;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import io.mithril.devnet.SignaturePublisher.Outcome;
import io.mithril.devnet.SignaturePublisher.Status;
import io.mithril.devnet.SimulatorListener;
import io.mithril.domain.SignedEntityType;

/**
 * The devnet command's console: one line per event, with the time and the chain epoch. Signer events are summed up
 * per cycle (one line for the registrations of an epoch, one per signed beacon, retries only when they get through),
 * and a waiting reason is printed once until progress resumes, so a devnet that waits does not flood the terminal.
 */
final class ActivityLog implements SimulatorListener {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final PrintStream out;
    private final Clock clock;
    private final int signerCount;
    private long epoch = -1;
    private final Map<Long, Integer> registeredByEpoch = new TreeMap<>();
    private final Map<String, Integer> refusedRegistrations = new LinkedHashMap<>();
    private final Map<String, int[]> signaturesByBeacon = new LinkedHashMap<>();
    /** Waiting reasons already printed since the last progress (an epoch change, an accepted registration or signature). */
    private final java.util.Set<String> printedWaits = new java.util.HashSet<>();
    /** Beacon messages already summed up this epoch: a retry is only printed again when something was accepted. */
    private final java.util.Set<String> summarizedBeacons = new java.util.HashSet<>();
    /** Signed entity type JSON → the message the signers last signed for it. */
    private final Map<String, String> signedMessages = new LinkedHashMap<>();

    ActivityLog(PrintStream out, Clock clock, int signerCount) {
        this.out = out;
        this.clock = clock;
        this.signerCount = signerCount;
    }

    synchronized void line(String kind, String text) {
        String time = LocalTime.now(clock.withZone(ZoneId.systemDefault())).format(TIME);
        out.printf("%s  epoch %-4s %-12s %s%n", time, epoch < 0 ? "-" : Long.toString(epoch), kind, text);
        out.flush();
    }

    @Override
    public synchronized void epochChanged(long newEpoch) {
        epoch = newEpoch;
        printedWaits.clear();
        summarizedBeacons.clear();
        line("epoch", "the devnet chain entered epoch " + newEpoch);
    }

    @Override
    public synchronized void registered(String partyId, long registrationEpoch) {
        registeredByEpoch.merge(registrationEpoch, 1, Integer::sum);
    }

    @Override
    public synchronized void registrationFailed(String partyId, long registrationEpoch, String reason) {
        refusedRegistrations.merge(reason, 1, Integer::sum);
    }

    @Override
    public synchronized void signaturePublished(SignedEntityType type, String partyId, String signedMessage,
            int wonIndexes, Outcome outcome) {
        signedMessages.put(io.mithril.domain.message.SignedEntityTypeJson.toJson(type).toString(), signedMessage);
        int[] counts = signaturesByBeacon.computeIfAbsent(describe(type) + " message " + abbreviate(signedMessage),
                k -> new int[3]);
        counts[0]++;
        counts[1] += outcome.status().isAccepted() ? 1 : 0;
        counts[2] += wonIndexes;
        if (!outcome.status().isAccepted() && outcome.status() != Status.TOO_LATE) {
            waiting("a signature for " + describe(type) + " was not accepted: " + outcome.status() + " "
                    + outcome.detail());
        }
    }

    @Override
    public synchronized void waiting(String reason) {
        if (printedWaits.add(reason)) {
            line("waiting", reason);
        }
    }

    /** The message the signers last signed for a signed entity type (its JSON), or null. */
    synchronized String signedMessageOf(String signedEntityTypeJson) {
        return signedMessages.get(signedEntityTypeJson);
    }

    /** Prints what the signers did during the cycle that just ended. */
    synchronized void endOfCycle() {
        registeredByEpoch.forEach((registrationEpoch, count) -> line("registered", count + "/" + signerCount
                + " signers for epoch " + registrationEpoch + " (they sign at epoch " + (registrationEpoch + 1) + ")"));
        refusedRegistrations.forEach((reason, count) -> line("refused", count + " registration(s): " + reason));
        boolean progress = !registeredByEpoch.isEmpty();
        for (Map.Entry<String, int[]> entry : signaturesByBeacon.entrySet()) {
            int[] counts = entry.getValue();
            progress |= counts[1] > 0;
            if (summarizedBeacons.add(entry.getKey()) || counts[1] > 0) {
                line("signed", entry.getKey() + ": " + counts[0] + " signature(s) won " + counts[2]
                        + " lottery index(es), " + counts[1] + " accepted");
            }
        }
        if (progress) {
            printedWaits.clear();
        }
        registeredByEpoch.clear();
        refusedRegistrations.clear();
        signaturesByBeacon.clear();
    }

    static String describe(SignedEntityType type) {
        return type.discriminant().jsonName() + "(" + type.beaconJson() + ")";
    }

    static String abbreviate(String hash) {
        return hash == null || hash.length() <= 16 ? String.valueOf(hash) : hash.substring(0, 16) + "…";
    }
}
