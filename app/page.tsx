import { redirect } from "next/navigation";

// The console has one home for now; the campaign list is where supervisors start.
export default function HomePage() {
  redirect("/campaigns/predictive");
}
