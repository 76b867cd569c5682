/** What the users page hands to its client components: no hashes, no session data, plain JSON. */
export interface UserListItem {
  id: string;
  email: string;
  displayName: string;
  role: "admin" | "supervisor" | "viewer";
  sdkAppIds: number[];
  timeZone: string;
  disabled: boolean;
}
