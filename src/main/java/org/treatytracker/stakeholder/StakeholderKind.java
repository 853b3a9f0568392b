package org.treatytracker.stakeholder;

/**
 * The categories of stakeholder that the Ad Hoc Committee's reports count, plus the negotiating groups
 * (regional groups, G-77 and China) that speak on behalf of their members.
 */
public enum StakeholderKind {
    MEMBER_STATE("Member States"),
    OBSERVER_STATE("non-member observer States"),
    UN_BODY("United Nations bodies, specialized agencies, funds and functional commissions of the Economic and Social Council"),
    INTERGOVERNMENTAL_ORGANIZATION("intergovernmental organizations"),
    ECOSOC_NGO("non-governmental organizations in consultative status with the Economic and Social Council"),
    OTHER_NGO("other non-governmental organizations, civil society, academic institutions and the private sector"),
    GROUP_OF_STATES("groups of States speaking on behalf of their members");

    private final String label;

    StakeholderKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isState() {
        return this == MEMBER_STATE || this == OBSERVER_STATE;
    }
}
