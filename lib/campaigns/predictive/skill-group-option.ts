/** A phone skill group as the pickers and the list's name column use it. Browser-safe. */
export interface SkillGroupOption {
  id: number;
  name: string;
  /** Only phone groups (SkillGroupType 0) can take predictive calls. */
  phone: boolean;
}
