package io.github.quanze.allocation;

import com.google.common.collect.ImmutableList;
import io.github.quanze.organization.PostId;
import io.github.quanze.power.PowerCode;
import java.util.ArrayList;
import java.util.List;

/**
 * The allocations of one power, with what the audit needs of them worked out once, when the table is built: the
 * handling posts, how many lead, whether any post approves, and the posts that hold two roles that must be apart.
 */
final class PowerAllocations {

    final PowerCode power;
    /** The code's text, compared directly when the audit walks catalogue and table side by side. */
    final String code;
    final List<Allocation> allocations;
    final List<PostId> handlers;
    final int leads;
    final boolean approved;
    final List<PostId> handleAndApprove;
    final List<PostId> handleAndReview;
    final List<PostId> handleAndLegallyReview;

    /** Summarises the allocations of one power, sorted by post and then role. */
    PowerAllocations(List<Allocation> allocations) {
        this.power = allocations.get(0).power();
        this.code = power.value();
        this.allocations = allocations;
        List<PostId> handling = new ArrayList<>(2);
        List<PostId> approving = new ArrayList<>(0);
        List<PostId> reviewing = new ArrayList<>(0);
        List<PostId> legal = new ArrayList<>(0);
        int leadCount = 0;
        boolean approval = false;
        int from = 0;
        for (int i = 1; i <= allocations.size(); i++) {
            if (i < allocations.size() && allocations.get(i).post().equals(allocations.get(from).post())) {
                continue;
            }
            int roles = 0;
            for (int j = from; j < i; j++) {
                roles |= 1 << allocations.get(j).role().ordinal();
                leadCount += allocations.get(j).lead() ? 1 : 0;
            }
            PostId post = allocations.get(from).post();
            approval |= has(roles, PostRole.APPROVER);
            if (has(roles, PostRole.HANDLER)) {
                handling.add(post);
                if (has(roles, PostRole.APPROVER)) {
                    approving.add(post);
                }
                if (has(roles, PostRole.LEGAL_REVIEWER)) {
                    legal.add(post);
                } else if (has(roles, PostRole.REVIEWER)) {
                    reviewing.add(post);
                }
            }
            from = i;
        }
        this.handlers = ImmutableList.copyOf(handling);
        this.leads = leadCount;
        this.approved = approval;
        this.handleAndApprove = ImmutableList.copyOf(approving);
        this.handleAndReview = ImmutableList.copyOf(reviewing);
        this.handleAndLegallyReview = ImmutableList.copyOf(legal);
    }

    private static boolean has(int roles, PostRole role) {
        return (roles & 1 << role.ordinal()) != 0;
    }
}
