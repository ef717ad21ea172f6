/* The steps the conditions' reader (conditions.c) writes and its checker
 * (conditions_check.c) runs: private to the two. */
#ifndef REDLINE_CONDITIONS_STEPS_H
#define REDLINE_CONDITIONS_STEPS_H

enum Op {
    C_NUMBER, C_VAR, C_BELIEF, C_UNCERTAINTY, C_TURN, C_TURNS, C_CAPITAL, C_SEEN,   /* push a value */
    C_ADD, C_SUB, C_MUL, C_DIV, C_MOD, C_NEG,                                      /* numbers */
    C_LT, C_LE, C_GT, C_GE, C_EQ, C_NE,                                            /* numbers to truth */
    C_LT_K, C_LE_K, C_GT_K, C_GE_K, C_EQ_K, C_NE_K,                                /* ... with the step's number */
    C_AND, C_OR, C_NOT,                                                            /* truth */
    C_VAR_K, C_BELIEF_K,    /* C_VAR or C_BELIEF compared with the step's number by comparison `cmp` */
    C_VAR_K_AND, C_VAR_K_OR, C_BELIEF_K_AND, C_BELIEF_K_OR,   /* ... and the and / or after it: its jump */
    C_RULE,             /* the end of rule arg's steps: its answer noted, the stack emptied */
};

#endif
